// Hop-by-hop headers, and ones fetch() already undid (it decompresses bodies).
const droppedRequestHeaders = ['host', 'connection', 'keep-alive', 'transfer-encoding'];
const droppedResponseHeaders = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
];

/** Sends a browser request for `/api/*` on to the API, cookies and all, and returns its answer. */
export async function forwardToApi(request: Request, base: string): Promise<Response> {
  const incoming = new URL(request.url);
  const target = new URL(incoming.pathname + incoming.search, base);
  const headers = new Headers(request.headers);
  for (const name of droppedRequestHeaders) headers.delete(name);
  headers.set('x-forwarded-host', incoming.host);
  headers.set('x-forwarded-proto', incoming.protocol.replace(':', ''));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let answer: Response;
  try {
    answer = await fetch(target, {
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
