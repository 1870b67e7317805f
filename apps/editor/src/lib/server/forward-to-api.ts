import type { BrowserClient } from './browser-client';

// Hop-by-hop headers, and ones fetch() already undid (it decompresses bodies).
const droppedRequestHeaders = ['host', 'connection', 'keep-alive', 'transfer-encoding'];
const droppedResponseHeaders = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
];

/** Where a request goes and whom it came from. */
export interface ForwardTarget {
  /** The API's base URL, e.g. `http://127.0.0.1:3001`. */
  readonly base: string;
  /** The browser's address and scheme (`browserClient`). */
  readonly client: BrowserClient;
}

const problem = (status: number, title: string, detail: string) =>
  new Response(JSON.stringify({ status, title, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });

/**
 * Sends a browser request for `/api/*` on to the API, cookies and all, and returns its answer.
 * `X-Forwarded-For` and `-Proto` are replaced by the browser's address and scheme, so the API's
 * per-address login limits, audit log and `Secure` cookies see people, not this server (or a
 * reverse proxy), and a browser cannot choose what they see.
 */
export async function forwardToApi(request: Request, target: ForwardTarget): Promise<Response> {
  const { base } = target;
  const incoming = new URL(request.url);
  const url = new URL(incoming.pathname + incoming.search, base);
  const headers = new Headers(request.headers);
  for (const name of droppedRequestHeaders) headers.delete(name);
  headers.set('x-forwarded-for', target.client.address);
  headers.set('x-forwarded-host', incoming.host);
  headers.set('x-forwarded-proto', target.client.protocol);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // Reading fails past adapter-node's BODY_SIZE_LIMIT (or when the browser hangs up).
  const body = hasBody ? await request.arrayBuffer().catch(() => null) : undefined;
  if (body === null) return problem(413, '请求内容过大', '请求体超过编辑器服务的上限，未能送达');
  let answer: Response;
  try {
    answer = await fetch(url, { method: request.method, headers, body, redirect: 'manual' });
  } catch {
    return problem(502, '无法连接服务器', '编辑器暂时连不上数据服务，请稍后再试');
  }
  const responseHeaders = new Headers();
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && !droppedResponseHeaders.includes(name))
      responseHeaders.set(name, value);
  });
  for (const cookie of answer.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  return new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: responseHeaders,
  });
}
