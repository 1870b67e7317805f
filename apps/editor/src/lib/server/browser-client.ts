import { isIP } from 'node:net';

/** Who sent a request, as the API should see them. */
export interface BrowserClient {
  /** The browser's network address, for login limits and the audit log. */
  readonly address: string;
  /** The scheme the browser used; `https` makes the API's cookies `Secure`. */
  readonly protocol: 'http' | 'https';
}

/** The last entry of a comma-separated header: the one the nearest proxy added. */
const lastEntry = (value: string | null) =>
  value
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);

/**
 * The browser behind a request. With `trustProxy` (NIANBAO_TRUST_PROXY=1) the address is the last
 * `X-Forwarded-For` entry (a browser can prepend anything, not append) and the scheme the last
 * `X-Forwarded-Proto`; a request without them (one that bypassed the proxy) falls back to the
 * socket. Without `trustProxy` both headers are ignored.
 */
export function browserClient(options: {
  headers: Headers;
  socketAddress: string;
  trustProxy: boolean;
}): BrowserClient {
  const { headers, socketAddress, trustProxy } = options;
  // adapter-node serves plain HTTP; the https its request URL shows by default is a guess.
  const socket: BrowserClient = { address: socketAddress, protocol: 'http' };
  if (!trustProxy) return socket;
  const address = lastEntry(headers.get('x-forwarded-for'));
  const scheme = lastEntry(headers.get('x-forwarded-proto'))?.toLowerCase();
  return {
    address: address !== undefined && isIP(address) !== 0 ? address : socket.address,
    protocol: scheme === 'https' || scheme === 'http' ? scheme : socket.protocol,
  };
}
