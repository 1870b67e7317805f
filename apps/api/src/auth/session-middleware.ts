import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { auditActionOf } from './audit-actions.js';
import { audit, isAudited } from './audit.js';
import { hashSessionToken, sessionCookie } from './session-token.js';

const bearer = /^Bearer\s+(\S+)$/i;

// What a user whose password was reset may still do.
const allowedBeforeChange = new Set([
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'GET /api/auth/me',
]);

/**
 * Puts the signed-in user (from `Authorization: Bearer` or the session cookie) on the context,
 * holds back users who must change their password, and records successful changes in the audit log.
 */
export const sessionMiddleware = (repo: Repository) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    const token = bearer.exec(header ?? '')?.[1] ?? getCookie(c, sessionCookie);
    const user =
      token === undefined || token.length > 200
        ? undefined
        : await repo.findSessionUser(hashSessionToken(token), new Date().toISOString());
    c.set('user', user);
    c.set('sessionToken', user ? token : undefined);
    if (user?.mustChangePassword && !allowedBeforeChange.has(`${c.req.method} ${c.req.path}`))
      throw new ProblemError(403, '管理员已重置您的密码，请先修改密码', {
        code: 'password-change-required',
      });
    await next();
    if (c.res.status >= 400 || isAudited(c)) return;
    const action = auditActionOf(c.req.method, routePath(c, -1));
    if (action === undefined) return;
    const id = c.req.param('id');
    await audit({ repo, c, action, target: id ?? (await createdId(c.res)) });
  });

/** The id of what a POST created, from its answer. */
async function createdId(response: Response): Promise<string | null> {
  if (response.status !== 201) return null;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { id?: unknown } | undefined;
  return typeof body?.id === 'string' ? body.id : null;
}
