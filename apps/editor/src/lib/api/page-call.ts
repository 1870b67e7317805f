import { error } from '@sveltejs/kit';
import type { ClientResponse } from 'hono/client';
import { ApiError, call, type Answer } from './api-client';

/**
 * Rethrows what a page's `load` met: an API refusal (4xx) as the page's error with the same
 * status and the API's Chinese detail (an unknown id is a 404 page, a bad query a 400), so it
 * never shows as a 500; anything else as it is.
 */
export function rethrowForPage(failure: unknown): never {
  if (failure instanceof ApiError && failure.status >= 400 && failure.status < 500)
    error(failure.status, failure.detail);
  throw failure;
}

/** `call` for a page's `load`, its refusals rethrown as the page's error (`rethrowForPage`). */
export async function pageCall<R extends ClientResponse<unknown>>(
  request: Promise<R>,
): Promise<Answer<R>> {
  try {
    return await call(request);
  } catch (failure) {
    rethrowForPage(failure);
  }
}
