import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sessionCookie } from '../auth/session-token.js';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';
import { addressedHost, csrfHeader, isSameOrigin } from './request-origin.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const hasBearer = (authorization: string | undefined) => /^Bearer\s/i.test(authorization ?? '');

/**
 * Refuses (403) a state-changing request that rides on the session cookie unless it carries the
 * editor's `X-Nianbao-CSRF` header and comes from the same origin; bearer callers are exempt, and
 * a login from a browser must come from the same origin (login CSRF).
 */
export const csrfGuard = (options: { loginPath: string }) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (safeMethods.has(c.req.method) || hasBearer(c.req.header('authorization'))) return next();
    const header = (name: string) => c.req.header(name);
    const host = addressedHost(header, c.req.url);
    if (getCookie(c, sessionCookie) !== undefined) {
      if (c.req.header(csrfHeader) === undefined)
        return problemResponse(c, 403, '请求缺少编辑器的防伪请求头，已拒绝（跨站请求伪造防护）');
      if (!isSameOrigin({ header, host, requireOrigin: true }))
        return problemResponse(c, 403, '请求不是来自本站页面，已拒绝（跨站请求伪造防护）');
    } else if (c.req.path === options.loginPath) {
      // Scripts send no Origin; a browser page elsewhere must not log a visitor in (login CSRF).
      if (!isSameOrigin({ header, host, requireOrigin: false }))
        return problemResponse(c, 403, '登录请求不是来自本站页面，已拒绝（跨站请求伪造防护）');
    }
    return next();
  });
