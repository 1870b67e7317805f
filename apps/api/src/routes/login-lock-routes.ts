import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { dbText, jsonContent, problemResponses } from '../http/schemas.js';

const tags = ['账号'];

const LoginLockSchema = z
  .object({
    username: z.string().nullable().openapi({ description: '为 null 时锁定的是整个地址' }),
    address: z.string(),
    failures: z.number().int(),
    lockedUntil: z.string(),
  })
  .openapi('LoginLock');

const listRoute = createRoute({
  method: 'get',
  path: '/api/login-locks',
  tags,
  summary: '列出当前的登录锁定（管理员）',
  responses: {
    200: jsonContent(z.array(LoginLockSchema), '锁定列表'),
    ...problemResponses(401, 403),
  },
});

const clearRoute = createRoute({
  method: 'delete',
  path: '/api/login-locks',
  tags,
  summary: '解除一个用户名在某地址的锁定，或整个地址的锁定（不带 username）（管理员）',
  request: {
    query: z.object({
      address: dbText().min(1).max(200),
      username: dbText().min(1).max(100).optional(),
    }),
  },
  responses: { 204: { description: '已解除' }, ...problemResponses(400, 401, 403, 404) },
});

export function loginLockRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      requireAdmin(c.get('user'));
      return c.json(await repo.loginLimits.listLocks(new Date()), 200);
    })
    .openapi(clearRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { address, username } = c.req.valid('query');
      if (!(await repo.loginLimits.clearLock({ address, username: username ?? null })))
        throw new ProblemError(404, '没有这个锁定');
      return c.body(null, 204);
    });
}
