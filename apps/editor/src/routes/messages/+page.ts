import { apiClient, call } from '$lib/api/api-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
  const query: Record<string, string> = { page: url.searchParams.get('page') ?? '1' };
  if (url.searchParams.get('unread') === 'true') query.unread = 'true';
  return { messages: await call(apiClient(fetch).api.messages.$get({ query })) };
};
