import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { audit } from '../auth/audit.js';
import { clientAddress } from '../auth/client-address.js';
import { verifyPassword } from '../auth/password.js';
import { requireUser } from '../auth/permissions.js';
import { hashSessionToken, newSessionToken, sessionCookie } from '../auth/session-token.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { UserSchema, jsonContent, problemResponses, dbText } from '../http/schemas.js';

const tags = ['账号'];

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary:
    '登录：返回令牌并设置会话 Cookie（脚本可用 Authorization: Bearer）；同一用户名在同一地址失败 5 次、同一地址失败 20 次后锁定 15 分钟',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({ username: dbText().min(1).max(100), password: z.string().min(1).max(1000) })
            .openapi('Login'),
        },
      },
      required: true,
    },
  },
  responses: {
    200: jsonContent(z.object({ token: z.string(), user: UserSchema }), '已登录'),
    ...problemResponses(400, 401, 403, 429),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags,
  summary: '退出登录（作废当前会话）',
  responses: { 204: { description: '已退出' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags,
  summary: '当前登录的用户',
  responses: { 200: jsonContent(UserSchema, '当前用户'), ...problemResponses(401) },
});

// Hashing a throwaway password keeps unknown usernames as slow as wrong passwords.
const decoyHash =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const secondsUntil = (until: string, now: Date) =>
  Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));

export function authRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(loginRoute, async (c) => {
      const { username, password } = c.req.valid('json');
      const attempt = { username, address: clientAddress(c) };
      const now = new Date();
      const lockedUntil = await repo.loginLimits.lockedUntil(attempt, now);
      if (lockedUntil !== undefined) {
        const wait = secondsUntil(lockedUntil, now);
        await audit({ repo, c, action: 'login.locked', userName: username });
        c.header('retry-after', String(wait));
        throw new ProblemError(429, `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, {
          retryAfter: wait,
        });
      }
      const credentials = await repo.findCredentials(username);
      const isValid = await verifyPassword(password, credentials?.passwordHash ?? decoyHash);
      if (!credentials || !isValid) {
        await repo.loginLimits.recordFailure(attempt, now);
        await audit({ repo, c, action: 'login.failure', userName: username });
        throw new ProblemError(401, '用户名或密码不正确');
      }
      await repo.loginLimits.recordSuccess(attempt);
      const { user } = credentials;
      if (user.disabled) {
        await audit({ repo, c, action: 'login.disabled', user });
        throw new ProblemError(403, '该账号已停用，请联系管理员', { code: 'account-disabled' });
      }
      const token = newSessionToken();
      const { expiresAt } = await repo.createSession({
        tokenHash: hashSessionToken(token),
        userId: user.id,
      });
      await audit({ repo, c, action: 'login.success', user });
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        expires: new Date(expiresAt),
        secure: new URL(c.req.url).protocol === 'https:',
      });
      return c.json({ token, user }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const token = c.get('sessionToken');
      if (token !== undefined) await repo.deleteSession(hashSessionToken(token));
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(meRoute, (c) => c.json(requireUser(c.get('user')), 200));
}
