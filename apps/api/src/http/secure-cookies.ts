import { createMiddleware } from 'hono/factory';

/** Whether the browser reached us over HTTPS: directly, or through a trusted proxy's header. */
export function isHttps(
  request: { url: string; header(name: string): string | undefined },
  trustProxy: boolean,
): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  // Only a trusted proxy's word counts: anyone else could send the header.
  const forwarded = trustProxy ? request.header('x-forwarded-proto') : undefined;
  return forwarded?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** Marks every cookie the answer sets `Secure` when the request came over HTTPS. */
export const secureCookies = (options: { trustProxy: boolean }) =>
  createMiddleware(async (c, next) => {
    await next();
    const cookies = c.res.headers.getSetCookie();
    if (cookies.length === 0 || !isHttps(c.req, options.trustProxy)) return;
    c.res.headers.delete('set-cookie');
    for (const cookie of cookies)
      c.res.headers.append(
        'set-cookie',
        /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`,
      );
  });
