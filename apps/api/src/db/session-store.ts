import type { Kysely } from 'kysely';
import type { Repository } from './repository.js';
import type { Tables } from './tables.js';
import { toUser, userColumns } from './user-row.js';

/** How long a session lasts: without a request, and at most. */
export interface SessionLifetime {
  readonly idleMinutes: number;
  readonly maxHours: number;
}

export const defaultSessionLifetime: SessionLifetime = { idleMinutes: 30, maxHours: 12 };

type SessionStore = Pick<
  Repository,
  'createSession' | 'findSessionUser' | 'deleteSession' | 'deleteUserSessions'
>;

// Writing last_seen_at on every request would make each read a write; a minute is precise enough.
const touchEveryMs = 60_000;

/** Sessions, ended in the database so every server process sees it. */
export function createSessionStore(
  db: Kysely<Tables>,
  lifetime: SessionLifetime = defaultSessionLifetime,
): SessionStore {
  const idleMs = lifetime.idleMinutes * 60_000;
  return {
    async createSession({ tokenHash, userId }) {
      const now = new Date();
      const expiresAt = new Date(now.getTime() + lifetime.maxHours * 3_600_000).toISOString();
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash,
          user_id: userId,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { expiresAt };
    },
    async findSessionUser(tokenHash, now) {
      const time = Date.parse(now);
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([...userColumns, 'sessions.last_seen_at'])
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .where('last_seen_at', '>', new Date(time - idleMs).toISOString())
        .where('users.disabled_at', 'is', null)
        .where('users.deleted_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      if (Date.parse(row.last_seen_at ?? '') < time - touchEveryMs)
        await db
          .updateTable('sessions')
          .set({ last_seen_at: now })
          .where('token_hash', '=', tokenHash)
          .execute();
      return toUser(row);
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteUserSessions(userId, exceptTokenHash) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptTokenHash !== undefined) query = query.where('token_hash', '<>', exceptTokenHash);
      await query.execute();
    },
  };
}
