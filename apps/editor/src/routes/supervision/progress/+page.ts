import { apiClient } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import { overviewQuery } from '$lib/progress/progress-query';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
  const query = overviewQuery(url.searchParams);
  const overview = await pageCall(apiClient(fetch).api.overview.$get({ query }));
  return { overview, query };
};
