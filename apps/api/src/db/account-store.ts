import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { guardConstraint } from './constraint-error.js';
import type { Agency, Repository, Role, User } from './repository.js';
import type { AgencyTable, Tables, UserTable } from './tables.js';

type AccountStore = Pick<
  Repository,
  | 'listAgencies'
  | 'getAgency'
  | 'createAgency'
  | 'updateAgency'
  | 'deleteAgency'
  | 'countUsers'
  | 'listUsers'
  | 'getUser'
  | 'findCredentials'
  | 'createUser'
  | 'updateUser'
  | 'deleteUser'
  | 'createSession'
  | 'findSessionUser'
  | 'deleteSession'
>;

const toAgency = (row: Selectable<AgencyTable>): Agency => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  level: row.level,
  createdAt: row.created_at,
});

const toUser = (
  row: Pick<UserTable, 'id' | 'username' | 'agency_id' | 'role' | 'created_at'>,
): User => ({
  id: row.id,
  username: row.username,
  agencyId: row.agency_id,
  role: row.role as Role,
  createdAt: row.created_at,
});

const userColumns = ['users.id', 'username', 'agency_id', 'role', 'users.created_at'] as const;

/** Agencies, users and sessions. */
export function createAccountStore(db: Kysely<Tables>): AccountStore {
  const getAgency = async (id: string) => {
    const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAgency(row);
  };
  const getUser = async (id: string) => {
    const row = await db
      .selectFrom('users')
      .select(userColumns)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  };
  return {
    listAgencies: async () =>
      (
        await db.selectFrom('agencies').selectAll().orderBy('created_at').orderBy('name').execute()
      ).map(toAgency),
    getAgency,
    async createAgency(input) {
      const row = {
        id: randomUUID(),
        name: input.name,
        parent_id: input.parentId,
        level: input.level,
        created_at: new Date().toISOString(),
      };
      await guardConstraint(
        () => db.insertInto('agencies').values(row).execute(),
        `已有名为“${input.name}”的机关，或上级机关不存在`,
      );
      return toAgency(row);
    },
    async updateAgency(id, patch) {
      const values = {
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.parentId === undefined ? {} : { parent_id: patch.parentId }),
        ...(patch.level === undefined ? {} : { level: patch.level }),
      };
      if (Object.keys(values).length > 0)
        await guardConstraint(
          () => db.updateTable('agencies').set(values).where('id', '=', id).execute(),
          '机关名称已被使用，或上级机关不存在',
        );
      return getAgency(id);
    },
    async deleteAgency(id) {
      const result = await guardConstraint(
        () => db.deleteFrom('agencies').where('id', '=', id).executeTakeFirst(),
        '该机关仍有下级机关、用户或报告，不能删除',
      );
      return result.numDeletedRows > 0n;
    },

    async countUsers() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    listUsers: async () =>
      (await db.selectFrom('users').select(userColumns).orderBy('username').execute()).map(toUser),
    getUser,
    async findCredentials(username) {
      const row = await db
        .selectFrom('users')
        .select([...userColumns, 'password_hash'])
        .where('username', '=', username)
        .executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },
    async createUser(input) {
      const row = {
        id: randomUUID(),
        username: input.username,
        password_hash: input.passwordHash,
        agency_id: input.agencyId,
        role: input.role,
        created_at: new Date().toISOString(),
      };
      await guardConstraint(
        () => db.insertInto('users').values(row).execute(),
        `用户名“${input.username}”已被使用，或所属机关不存在`,
      );
      return toUser(row);
    },
    async updateUser(id, patch) {
      const values = {
        ...(patch.agencyId === undefined ? {} : { agency_id: patch.agencyId }),
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
      };
      if (Object.keys(values).length > 0)
        await guardConstraint(
          () => db.updateTable('users').set(values).where('id', '=', id).execute(),
          '所属机关不存在',
        );
      return getUser(id);
    },
    async deleteUser(id) {
      await db.deleteFrom('sessions').where('user_id', '=', id).execute();
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async createSession({ tokenHash, userId, expiresAt }) {
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash,
          user_id: userId,
          created_at: new Date().toISOString(),
          expires_at: expiresAt,
        })
        .execute();
    },
    async findSessionUser(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(userColumns)
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}
