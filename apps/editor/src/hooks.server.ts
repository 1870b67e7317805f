import { readEditorServerConfig, readOrExit, type EditorServerConfig } from '@nianbao/config';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { browserClient } from '$lib/server/browser-client';
import { csrfRefusal } from '$lib/server/csrf-refusal';
import { forwardToApi } from '$lib/server/forward-to-api';
import { withSecurityHeaders } from '$lib/server/page-security-headers';

// Read at start-up: a wrong NIANBAO_API_URL or NIANBAO_TRUST_PROXY stops the server (exit 2).
let config: EditorServerConfig = { apiUrl: '', trustProxy: false };
export const init: ServerInit = () => {
  config = readOrExit(() => readEditorServerConfig(process.env));
};

// One origin for the browser: /api/* goes to the API, so its HttpOnly session cookie just works.
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/'))
    return withSecurityHeaders(
      csrfRefusal(event.request, event.url) ??
        (await forwardToApi(event.request, {
          base: config.apiUrl,
          // Not adapter-node's ADDRESS_HEADER: it throws (a 500) on a request without the header.
          client: browserClient({
            headers: event.request.headers,
            socketAddress: event.getClientAddress(),
            trustProxy: config.trustProxy,
          }),
        })),
    );
  return withSecurityHeaders(await resolve(event));
};
