import { createHash, randomBytes } from 'node:crypto';

export const sessionCookie = 'nianbao_session';

/** A new bearer token; only its hash is stored, so a database leak yields no sessions. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');
