import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { createLoginThrottle } from '../auth/login-throttle.js';
import { verifyPassword } from '../auth/password.js';
import { requireUser } from '../auth/permissions.js';
import {
  hashSessionToken,
  newSessionToken,
  sessionCookie,
  sessionDays,
} from '../auth/session-token.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { UserSchema, jsonContent, problemResponses, dbText } from '../http/schemas.js';

const tags = ['账号'];

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary: '登录：返回令牌并设置会话 Cookie（脚本可用 Authorization: Bearer）',
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
    ...problemResponses(400, 401, 429),
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

export function authRoutes(repo: Repository) {
  // Guessing passwords: five wrong ones lock the name for the rest of fifteen minutes.
  const throttle = createLoginThrottle();

  return new OpenAPIHono<AppEnv>()
    .openapi(loginRoute, async (c) => {
      const { username, password } = c.req.valid('json');
      const wait = throttle.retryAfter(username);
      if (wait > 0) {
        c.header('retry-after', String(wait));
        throw new ProblemError(
          429,
          `该用户登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`,
          {
            retryAfter: wait,
          },
        );
      }
      const credentials = await repo.findCredentials(username);
      const isValid = await verifyPassword(password, credentials?.passwordHash ?? decoyHash);
      if (!credentials || !isValid) {
        throttle.recordFailure(username);
        throw new ProblemError(401, '用户名或密码不正确');
      }
      throttle.recordSuccess(username);
      const token = newSessionToken();
      const expires = new Date(Date.now() + sessionDays * 86_400_000);
      await repo.createSession({
        tokenHash: hashSessionToken(token),
        userId: credentials.user.id,
        expiresAt: expires.toISOString(),
      });
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        expires,
        secure: new URL(c.req.url).protocol === 'https:',
      });
      return c.json({ token, user: credentials.user }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const token = c.get('sessionToken');
      if (token !== undefined) await repo.deleteSession(hashSessionToken(token));
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(meRoute, (c) => c.json(requireUser(c.get('user')), 200));
}
