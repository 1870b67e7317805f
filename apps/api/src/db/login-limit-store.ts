import { sql, type Kysely } from 'kysely';
import type { Tables } from './tables.js';

/** When failed logins lock a user name at one address, and an address for every name. */
export interface LoginLimitPolicy {
  readonly maxPerNameAndAddress: number;
  readonly maxPerAddress: number;
  /** Failures older than this are forgotten; a lock lasts this long. */
  readonly windowMinutes: number;
}

export const defaultLoginLimitPolicy: LoginLimitPolicy = {
  maxPerNameAndAddress: 5,
  maxPerAddress: 20,
  windowMinutes: 15,
};

export interface LoginLock {
  /** Null for a lock of the whole address. */
  readonly username: string | null;
  readonly address: string;
  readonly failures: number;
  readonly lockedUntil: string;
}

/** Failed logins counted in the database, so every API process shares the locks. */
export interface LoginLimitStore {
  /** The latest end of the locks on this name at this address and on the address; undefined if none. */
  lockedUntil(
    attempt: { username: string; address: string },
    now: Date,
  ): Promise<string | undefined>;
  recordFailure(attempt: { username: string; address: string }, now: Date): Promise<void>;
  /** A successful login forgets the failures of its name at its address. */
  recordSuccess(attempt: { username: string; address: string }): Promise<void>;
  listLocks(now: Date): Promise<LoginLock[]>;
  /** Clears the lock and count of a name at an address, or of the address (`username` null). */
  clearLock(lock: { username: string | null; address: string }): Promise<boolean>;
}

const nameOf = (username: string) => username.trim().toLowerCase();
const keyOf = (username: string | null, address: string) =>
  username === null ? `address ${address}` : `name ${nameOf(username)} ${address}`;

export function createLoginLimitStore(
  db: Kysely<Tables>,
  policy: LoginLimitPolicy = defaultLoginLimitPolicy,
): LoginLimitStore {
  const windowMs = policy.windowMinutes * 60_000;
  const count = async (username: string | null, address: string, now: Date, max: number) => {
    const key = keyOf(username, address);
    const at = now.toISOString();
    // A count whose window and lock have passed starts again.
    await db
      .deleteFrom('login_failures')
      .where('key', '=', key)
      .where('first_at', '<=', new Date(now.getTime() - windowMs).toISOString())
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
      .execute();
    const row = { key, username: username && nameOf(username), address, failures: 1, first_at: at };
    await db
      .insertInto('login_failures')
      .values({ ...row, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ failures: sql`login_failures.failures + 1` }),
      )
      .execute();
    await db
      .updateTable('login_failures')
      .set({ locked_until: new Date(now.getTime() + windowMs).toISOString() })
      .where('key', '=', key)
      .where('failures', '>=', max)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
      .execute();
  };
  return {
    async lockedUntil({ username, address }, now) {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => eb.fn.max('locked_until').as('until'))
        .where('key', 'in', [keyOf(username, address), keyOf(null, address)])
        .where('locked_until', '>', now.toISOString())
        .executeTakeFirst();
      return row?.until ?? undefined;
    },
    async recordFailure({ username, address }, now) {
      await count(username, address, now, policy.maxPerNameAndAddress);
      await count(null, address, now, policy.maxPerAddress);
    },
    async recordSuccess({ username, address }) {
      await db.deleteFrom('login_failures').where('key', '=', keyOf(username, address)).execute();
    },
    async listLocks(now) {
      const rows = await db
        .selectFrom('login_failures')
        .selectAll()
        .where('locked_until', '>', now.toISOString())
        .orderBy('locked_until', 'desc')
        .execute();
      return rows.map((row) => ({
        username: row.username,
        address: row.address,
        failures: row.failures,
        lockedUntil: row.locked_until ?? '',
      }));
    },
    async clearLock({ username, address }) {
      const result = await db
        .deleteFrom('login_failures')
        .where('key', '=', keyOf(username, address))
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
