import { apiClient, call } from '$lib/api/api-client';
import { overviewQuery } from '$lib/progress/progress-query';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
  const query = overviewQuery(url.searchParams);
  const overview = await call(apiClient(fetch).api.overview.$get({ query }));
  return { overview, query };
};
