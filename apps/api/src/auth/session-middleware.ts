import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { hashSessionToken, sessionCookie } from './session-token.js';

const bearer = /^Bearer\s+(\S+)$/i;

/** Puts the signed-in user (from `Authorization: Bearer` or the session cookie) on the context. */
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
    await next();
  });
