/**
 * The address a person opens for a server listening on `host`: a wildcard host becomes the
 * loopback address, an IPv6 host is bracketed.
 */
export function serverAddress(options: { host: string; port: number; path?: string }): string {
  const { host, port, path = '/' } = options;
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}${path}`;
}
