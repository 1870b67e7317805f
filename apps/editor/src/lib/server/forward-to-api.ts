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
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
    });
  } catch {
    return new Response(
      JSON.stringify({
        status: 502,
        title: '无法连接服务器',
        detail: '编辑器暂时连不上数据服务，请稍后再试',
      }),
      { status: 502, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
    );
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
