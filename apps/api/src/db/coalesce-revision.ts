import type { Kysely, Transaction } from 'kysely';
import type { ReportChange } from './repository.js';
import type { Tables } from './tables.js';

/** Saves closer together than this, by one person with no workflow step between, are one session. */
export const editingSessionMs = 10 * 60 * 1000;

/** The action of a plain save: the only one whose revisions are coalesced. */
export const saveAction = 'update';

/**
 * The newest revision of the report when this save continues its editing session (a save by
 * the same user less than ten minutes after it): its number and changed paths. Else undefined.
 */
export async function sessionToContinue(
  trx: Transaction<Tables> | Kysely<Tables>,
  { change, now }: { change: ReportChange; now: string },
): Promise<{ number: number; changes: readonly string[] } | undefined> {
  if (change.action !== saveAction || change.userId === null) return undefined;
  const last = await trx
    .selectFrom('revisions')
    .select(['number', 'action', 'user_id', 'created_at', 'changes'])
    .where('report_id', '=', change.id)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last || last.action !== saveAction || last.user_id !== change.userId) return undefined;
  if (Date.parse(now) - Date.parse(last.created_at) >= editingSessionMs) return undefined;
  return { number: last.number, changes: JSON.parse(last.changes) as string[] };
}

/** The changed paths of a session: each path once, in the order first changed. */
export const unionOf = (earlier: readonly string[], later: readonly string[]): string[] => [
  ...new Set([...earlier, ...later]),
];
