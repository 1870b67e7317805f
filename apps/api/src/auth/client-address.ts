import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // In-process requests (app.request) have no socket.
    return undefined;
  }
}

/**
 * The caller's network address, for login limits and the audit log. The API listens on
 * loopback behind the editor's server, which sends the browser's address as `X-Forwarded-For`:
 * that header is believed only from a loopback peer (or in-process, in tests); its last entry is
 * the one the nearest proxy saw. Otherwise the socket's address; `unknown` when there is none.
 */
export function clientAddress(c: Context): string {
  const peer = socketAddress(c);
  const forwarded = c.req
    .header('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const believed = peer === undefined || loopback.has(peer);
  return (believed ? forwarded : undefined) ?? peer ?? 'unknown';
}
