import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { guardConstraint } from './constraint-error.js';
import type { Repository } from './repository.js';
import type { AgencyTable, Tables } from './tables.js';
import { toUser, userColumns } from './user-row.js';

type AccountStore = Pick<
  Repository,
  | 'listAgencies'
  | 'getAgency'
  | 'createAgency'
  | 'updateAgency'
  | 'deleteAgency'
  | 'countUsers'
  | 'countActiveAdmins'
  | 'listUsers'
  | 'getUser'
  | 'findCredentials'
  | 'createUser'
  | 'updateUser'
  | 'deleteUser'
>;

const toAgency = (row: Selectable<AgencyTable>) => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  level: row.level,
  createdAt: row.created_at,
});

/** Agencies and users. */
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
      .where('deleted_at', 'is', null)
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
    async countActiveAdmins() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    listUsers: async () =>
      (
        await db
          .selectFrom('users')
          .select(userColumns)
          .where('deleted_at', 'is', null)
          .orderBy('username')
          .execute()
      ).map(toUser),
    getUser,
    async findCredentials(username) {
      const row = await db
        .selectFrom('users')
        .select([...userColumns, 'password_hash'])
        .where('username', '=', username)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },
    async createUser(input) {
      const row = {
        id: randomUUID(),
        username: input.username,
        name: input.name ?? null,
        password_hash: input.passwordHash,
        agency_id: input.agencyId,
        role: input.role,
        created_at: new Date().toISOString(),
        disabled_at: input.disabled ? new Date().toISOString() : null,
        must_change_password: input.mustChangePassword ? 1 : 0,
      };
      await guardConstraint(
        () => db.insertInto('users').values(row).execute(),
        `用户名“${input.username}”已被使用（含已删除的用户），或所属机关不存在`,
      );
      return toUser(row);
    },
    async updateUser(id, patch) {
      const values = {
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.agencyId === undefined ? {} : { agency_id: patch.agencyId }),
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
        ...(patch.disabled === undefined
          ? {}
          : { disabled_at: patch.disabled ? new Date().toISOString() : null }),
        ...(patch.mustChangePassword === undefined
          ? {}
          : { must_change_password: patch.mustChangePassword ? 1 : 0 }),
      };
      if (Object.keys(values).length > 0)
        await guardConstraint(
          () =>
            db
              .updateTable('users')
              .set(values)
              .where('id', '=', id)
              .where('deleted_at', 'is', null)
              .execute(),
          '所属机关不存在',
        );
      return getUser(id);
    },
    async deleteUser(id) {
      await db.deleteFrom('sessions').where('user_id', '=', id).execute();
      const result = await db
        .updateTable('users')
        .set({ deleted_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
