import { readEditorServerConfig, readOrExit } from '@nianbao/config';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { forwardToApi } from '$lib/server/forward-to-api';

// Where the API listens, read at start-up: a wrong NIANBAO_API_URL stops the server (exit 2).
let apiUrl = '';
export const init: ServerInit = () => {
  apiUrl = readOrExit(() => readEditorServerConfig(process.env)).apiUrl;
};

// One origin for the browser: /api/* goes to the API, so its HttpOnly session cookie just works.
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/'))
    return forwardToApi(event.request, apiUrl);
  return resolve(event);
};
