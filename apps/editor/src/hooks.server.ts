import { readEditorServerConfig, readOrExit } from '@nianbao/config';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { csrfRefusal } from '$lib/server/csrf-refusal';
import { forwardToApi } from '$lib/server/forward-to-api';
import { withSecurityHeaders } from '$lib/server/page-security-headers';

// Where the API listens, read at start-up: a wrong NIANBAO_API_URL stops the server (exit 2).
let apiUrl = '';
export const init: ServerInit = () => {
  apiUrl = readOrExit(() => readEditorServerConfig(process.env)).apiUrl;
};

// One origin for the browser: /api/* goes to the API, so its HttpOnly session cookie just works.
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/'))
    return withSecurityHeaders(
      csrfRefusal(event.request, event.url) ??
        (await forwardToApi(event.request, {
          base: apiUrl,
          clientAddress: event.getClientAddress(),
        })),
    );
  return withSecurityHeaders(await resolve(event));
};
