import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

const maxAge = 300;

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  ifNoneMatch !== undefined &&
  ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);

/**
 * Public answers are the same for everyone: caches may keep them five minutes, and an
 * `If-None-Match` naming the body's ETag (a hash of it) is answered 304.
 */
export const publicCaching: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200) return;
  const body = new Uint8Array(await c.res.clone().arrayBuffer());
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = new Headers(c.res.headers);
  headers.set('cache-control', `public, max-age=${maxAge}`);
  headers.set('etag', etag);
  if (matches(c.req.header('if-none-match'), etag)) {
    headers.delete('content-type');
    headers.delete('content-disposition');
    c.res = new Response(null, { status: 304, headers });
    return;
  }
  c.res = new Response(body, { status: 200, headers });
};
