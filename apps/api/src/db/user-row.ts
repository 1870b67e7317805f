import type { Selectable } from 'kysely';
import type { Role, User } from './repository.js';
import type { UserTable } from './tables.js';

/** The columns a User is read from. */
export const userColumns = [
  'users.id',
  'users.username',
  'users.name',
  'users.agency_id',
  'users.role',
  'users.created_at',
  'users.disabled_at',
  'users.must_change_password',
] as const;

type UserRow = Pick<
  Selectable<UserTable>,
  | 'id'
  | 'username'
  | 'name'
  | 'agency_id'
  | 'role'
  | 'created_at'
  | 'disabled_at'
  | 'must_change_password'
>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  name: row.name,
  agencyId: row.agency_id,
  role: row.role as Role,
  createdAt: row.created_at,
  disabled: row.disabled_at !== null,
  mustChangePassword: row.must_change_password === 1,
});
