import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { requireStrongPassword, type AccountSettings } from '../auth/account-settings.js';
import { audit } from '../auth/audit.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { requireUser } from '../auth/permissions.js';
import { hashSessionToken } from '../auth/session-token.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { UserSchema, jsonContent, problemResponses } from '../http/schemas.js';

const PasswordChange = z
  .object({
    currentPassword: z.string().min(1).max(1000),
    newPassword: z.string().min(1).max(1000),
  })
  .openapi('PasswordChange');

const changeRoute = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['账号'],
  summary: '修改自己的密码（需当前密码；其他会话随之失效）',
  request: {
    body: { content: { 'application/json': { schema: PasswordChange } }, required: true },
  },
  responses: { 200: jsonContent(UserSchema, '已修改'), ...problemResponses(400, 401, 403) },
});

export function passwordRoutes(repo: Repository, settings: AccountSettings = {}) {
  return new OpenAPIHono<AppEnv>().openapi(changeRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const { currentPassword, newPassword } = c.req.valid('json');
    const credentials = await repo.findCredentials(user.username);
    if (!credentials || !(await verifyPassword(currentPassword, credentials.passwordHash)))
      throw new ProblemError(403, '当前密码不正确', {
        errors: [{ path: 'json.currentPassword', message: '当前密码不正确' }],
      });
    if (newPassword === currentPassword)
      throw new ProblemError(400, '新密码不能与当前密码相同', {
        errors: [{ path: 'json.newPassword', message: '与当前密码相同' }],
      });
    requireStrongPassword(
      { password: newPassword, username: user.username, field: 'json.newPassword' },
      settings,
    );
    const updated = await repo.updateUser(user.id, {
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: false,
    });
    const token = c.get('sessionToken');
    await repo.deleteUserSessions(
      user.id,
      token === undefined ? undefined : hashSessionToken(token),
    );
    await audit({ repo, c, action: 'password.change', target: user.id });
    return c.json(updated ?? user, 200);
  });
}
