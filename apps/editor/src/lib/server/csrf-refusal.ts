const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const sessionCookie = /(?:^|;\s*)nianbao_session=/;

const refusal = (detail: string) =>
  new Response(JSON.stringify({ status: 403, title: '没有权限', detail }), {
    status: 403,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    },
  });

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** Whether the browser says the page that sent this is ours: same-origin, not merely same-site. */
function isSameOrigin(request: Request, host: string, requireOrigin: boolean): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return site === 'same-origin' || !requireOrigin;
  return originHost(origin) === host;
}

/**
 * The 403 for a state-changing `/api` call that rides on the session cookie without the
 * editor's `X-Nianbao-CSRF` header or from another origin, or a login posted from elsewhere;
 * undefined when the call may go on. Bearer callers are exempt. The API checks the same again.
 */
export function csrfRefusal(request: Request, url: URL): Response | undefined {
  if (safeMethods.has(request.method)) return undefined;
  if (/^Bearer\s/i.test(request.headers.get('authorization') ?? '')) return undefined;
  if (sessionCookie.test(request.headers.get('cookie') ?? '')) {
    if (!request.headers.has('x-nianbao-csrf'))
      return refusal('请求缺少编辑器的防伪请求头，已拒绝（跨站请求伪造防护）');
    if (!isSameOrigin(request, url.host, true))
      return refusal('请求不是来自本站页面，已拒绝（跨站请求伪造防护）');
  } else if (url.pathname === '/api/auth/login' && !isSameOrigin(request, url.host, false))
    return refusal('登录请求不是来自本站页面，已拒绝（跨站请求伪造防护）');
  return undefined;
}
