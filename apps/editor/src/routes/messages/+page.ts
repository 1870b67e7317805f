import { apiClient } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
  const query: Record<string, string> = { page: url.searchParams.get('page') ?? '1' };
  if (url.searchParams.get('unread') === 'true') query.unread = 'true';
  return { messages: await pageCall(apiClient(fetch).api.messages.$get({ query })) };
};
