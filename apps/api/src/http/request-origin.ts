/** The header the editor adds to every API call; a cross-origin page cannot send it without CORS. */
export const csrfHeader = 'x-nianbao-csrf';

type HeaderOf = (name: string) => string | undefined;

/** The host the browser addressed: the editor's (`X-Forwarded-Host`) when it forwarded the call. */
export function addressedHost(header: HeaderOf, url: string): string {
  return header('x-forwarded-host') ?? header('host') ?? new URL(url).host;
}

/** The host of an `Origin` header, or undefined when it is absent, `null` or not a URL. */
export function originHost(origin: string | undefined): string | undefined {
  if (origin === undefined || origin === 'null') return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser says the request comes from the page's own origin: `Sec-Fetch-Site` when
 * sent (same-site is not enough), else an `Origin` naming the addressed host; `requireOrigin`
 * refuses a request that carries neither.
 */
export function isSameOrigin(options: {
  header: HeaderOf;
  host: string;
  requireOrigin: boolean;
}): boolean {
  const { header, host } = options;
  const site = header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = header('origin');
  if (origin === undefined) return site === 'same-origin' || !options.requireOrigin;
  return originHost(origin) === host;
}
