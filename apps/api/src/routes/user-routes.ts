import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { requireStrongPassword, type AccountSettings } from '../auth/account-settings.js';
import { hashPassword } from '../auth/password.js';
import { requireAdmin } from '../auth/permissions.js';
import type { Repository, User } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  IdParams,
  RoleSchema,
  UserSchema,
  jsonContent,
  problemResponses,
  dbText,
} from '../http/schemas.js';

const tags = ['用户'];

const UserInput = z
  .object({
    username: dbText().trim().min(1).max(100),
    name: dbText()
      .trim()
      .min(1)
      .max(50)
      .nullable()
      .optional()
      .openapi({ description: '姓名（1–50 字），显示在页面上；null 清除' }),
    password: z.string().min(1).max(1000),
    agencyId: dbText().min(1).max(100),
    role: RoleSchema,
  })
  .openapi('UserInput');

const UserPatch = UserInput.omit({ username: true })
  .partial()
  .extend({
    disabled: z.boolean().optional().openapi({ description: '停用（true）或启用（false）' }),
  })
  .openapi('UserPatch', {
    description: '改密码即重置：用户下次登录须先修改密码，其现有会话全部失效',
  });

const listRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags,
  summary: '列出用户（管理员）',
  responses: { 200: jsonContent(z.array(UserSchema), '用户列表'), ...problemResponses(401, 403) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/users/{id}',
  tags,
  summary: '读取一个用户（管理员）',
  request: { params: IdParams },
  responses: { 200: jsonContent(UserSchema, '用户'), ...problemResponses(401, 403, 404) },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags,
  summary: '新建用户（管理员）',
  request: { body: { content: { 'application/json': { schema: UserInput } }, required: true } },
  responses: { 201: jsonContent(UserSchema, '新用户'), ...problemResponses(400, 401, 403, 409) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags,
  summary: '修改用户的姓名、机关、角色，停用或启用，或重置密码（管理员）',
  request: {
    params: IdParams,
    body: { content: { 'application/json': { schema: UserPatch } }, required: true },
  },
  responses: { 200: jsonContent(UserSchema, '用户'), ...problemResponses(400, 401, 403, 404, 409) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/users/{id}',
  tags,
  summary: '删除用户（管理员）',
  request: { params: IdParams },
  responses: { 204: { description: '已删除' }, ...problemResponses(401, 403, 404, 409) },
});

/** Refuses to leave the system without an active admin. */
async function keepAnAdmin(repo: Repository, target: User | undefined, remains: boolean) {
  if (!target || target.role !== 'admin' || target.disabled || remains) return;
  if ((await repo.countActiveAdmins()) <= 1)
    throw new ProblemError(409, '这是最后一个可用的管理员账号，不能删除、停用或改为其他角色');
}

export function userRoutes(repo: Repository, settings: AccountSettings = {}) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      requireAdmin(c.get('user'));
      return c.json(await repo.listUsers(), 200);
    })
    .openapi(getRoute, async (c) => {
      requireAdmin(c.get('user'));
      const user = await repo.getUser(c.req.valid('param').id);
      if (!user) throw new ProblemError(404, '用户不存在');
      return c.json(user, 200);
    })
    .openapi(createUserRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { password, ...input } = c.req.valid('json');
      requireStrongPassword(
        { password, username: input.username, field: 'json.password' },
        settings,
      );
      const user = await repo.createUser({ ...input, passwordHash: await hashPassword(password) });
      return c.json(user, 201, { location: `/api/users/${user.id}` });
    })
    .openapi(updateRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { id } = c.req.valid('param');
      const { password, ...patch } = c.req.valid('json');
      const target = await repo.getUser(id);
      if (!target) throw new ProblemError(404, '用户不存在');
      await keepAnAdmin(
        repo,
        target,
        patch.disabled !== true && (patch.role ?? 'admin') === 'admin',
      );
      if (password !== undefined)
        requireStrongPassword(
          { password, username: target.username, field: 'json.password' },
          settings,
        );
      const reset =
        password === undefined
          ? {}
          : { passwordHash: await hashPassword(password), mustChangePassword: true };
      const user = await repo.updateUser(id, { ...patch, ...reset });
      if (!user) throw new ProblemError(404, '用户不存在');
      if (password !== undefined || patch.disabled === true) await repo.deleteUserSessions(id);
      return c.json(user, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const admin = requireAdmin(c.get('user'));
      const { id } = c.req.valid('param');
      if (id === admin.id) throw new ProblemError(409, '不能删除自己');
      await keepAnAdmin(repo, await repo.getUser(id), false);
      if (!(await repo.deleteUser(id))) throw new ProblemError(404, '用户不存在');
      return c.body(null, 204);
    });
}
