import type { Kysely } from 'kysely';
import { v7 as timeOrderedId } from 'uuid';
import type { Tables } from '../db/tables.js';
import type { ProblemCandidate } from './problem-candidates.js';
import type { ProblemItem } from './problem-item.js';
import { readItems, type ItemQuery } from './read-problem-items.js';
import type { ProblemTables } from './problem-tables.js';
import type { ProblemStatus } from './problem-workflow.js';

/** Who acts, for the history. */
export interface ProblemActorRecord {
  readonly userId: string | null;
  readonly userName: string | null;
}

/** A status change of one item, taken only while the item is still `from`. */
export interface ProblemStepChange extends ProblemActorRecord {
  readonly id: string;
  readonly action: 'rectify' | 'verify' | 'reopen';
  readonly from: ProblemStatus;
  readonly to: ProblemStatus;
  readonly note: string | null;
  readonly reportId: string | null;
}

/** The 问题清单 storage, the same kysely queries for SQLite and PostgreSQL. */
export interface ProblemStore {
  /** Puts each candidate on its unit's list unless the list has its fingerprint already. */
  addCandidates(
    input: ProblemActorRecord & {
      readonly issuerId: string;
      readonly year: number;
      readonly candidates: readonly ProblemCandidate[];
    },
  ): Promise<{ added: number; kept: number }>;
  listItems(query: ItemQuery): Promise<ProblemItem[]>;
  getItem(id: string): Promise<ProblemItem | undefined>;
  /** The item after the step; `'conflict'` when it is no longer `from`; undefined when absent. */
  takeStep(change: ProblemStepChange): Promise<ProblemItem | 'conflict' | undefined>;
}

type Db = Kysely<Tables & ProblemTables>;

async function listIdOf(trx: Db, key: { issuerId: string; year: number; agencyId: string }) {
  const now = new Date().toISOString();
  await trx
    .insertInto('problem_lists')
    .values({
      id: timeOrderedId(),
      issuer_id: key.issuerId,
      year: key.year,
      agency_id: key.agencyId,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['issuer_id', 'year', 'agency_id']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('problem_lists')
    .select('id')
    .where('issuer_id', '=', key.issuerId)
    .where('year', '=', key.year)
    .where('agency_id', '=', key.agencyId)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function nextStepNumber(trx: Db, itemId: string): Promise<number> {
  const row = await trx
    .selectFrom('problem_steps')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export function createProblemStore(database: Kysely<Tables>): ProblemStore {
  const db: Db = database.withTables<ProblemTables>();
  const store: ProblemStore = {
    addCandidates: ({ issuerId, year, candidates, userId, userName }) =>
      db.transaction().execute(async (trx) => {
        const lists = new Map<string, string>();
        let added = 0;
        for (const candidate of candidates) {
          const { agencyId } = candidate;
          const listId = lists.get(agencyId) ?? (await listIdOf(trx, { issuerId, year, agencyId }));
          lists.set(agencyId, listId);
          const now = new Date().toISOString();
          const inserted = await trx
            .insertInto('problem_items')
            .values({
              id: timeOrderedId(),
              list_id: listId,
              fingerprint: candidate.fingerprint,
              source: JSON.stringify(candidate.source),
              text: candidate.text,
              status: 'open',
              report_id: candidate.reportId,
              rectified_report_id: null,
              created_at: now,
              updated_at: now,
            })
            .onConflict((oc) => oc.columns(['list_id', 'fingerprint']).doNothing())
            .returning('id')
            .executeTakeFirst();
          if (!inserted) continue;
          added++;
          await trx
            .insertInto('problem_steps')
            .values({
              item_id: inserted.id,
              number: 1,
              action: 'generate',
              status: 'open',
              user_id: userId,
              user_name: userName,
              note: null,
              report_id: candidate.reportId,
              at: now,
            })
            .execute();
        }
        return { added, kept: candidates.length - added };
      }),
    listItems: (query) => readItems(db, query),
    async getItem(id) {
      return (await readItems(db, { id }))[0];
    },
    async takeStep(change) {
      const moved = await db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const result = await trx
          .updateTable('problem_items')
          .set({
            status: change.to,
            updated_at: now,
            ...(change.action === 'rectify' ? { rectified_report_id: change.reportId } : {}),
          })
          .where('id', '=', change.id)
          .where('status', '=', change.from)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        await trx
          .insertInto('problem_steps')
          .values({
            item_id: change.id,
            number: await nextStepNumber(trx, change.id),
            action: change.action,
            status: change.to,
            user_id: change.userId,
            user_name: change.userName,
            note: change.note,
            report_id: change.reportId,
            at: now,
          })
          .execute();
        return true;
      });
      const item = await store.getItem(change.id);
      if (!item) return undefined;
      return moved ? item : 'conflict';
    },
  };
  return store;
}
