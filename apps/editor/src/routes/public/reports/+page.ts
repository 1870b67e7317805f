import { apiClient } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import type { PageLoad } from './$types';

// The filters live in the address, so a filtered list can be linked and bookmarked.
export const load: PageLoad = async ({ fetch, url }) => {
  const query: Record<string, string> = { pageSize: '20' };
  for (const key of ['year', 'agency', 'page']) {
    const value = url.searchParams.get(key);
    if (value) query[key] = value;
  }
  const page = await pageCall(apiClient(fetch).api.public.reports.$get({ query }));
  return { page, year: query.year ?? '', agency: query.agency ?? '' };
};
