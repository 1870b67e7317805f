import type { Handle } from '@sveltejs/kit';
import { apiUrl, forwardToApi } from '$lib/server/forward-to-api';

// One origin for the browser: /api/* goes to the API, so its HttpOnly session cookie just works.
export const handle: Handle = async ({ event, resolve }) => {
  if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/'))
    return forwardToApi(event.request, apiUrl());
  return resolve(event);
};
