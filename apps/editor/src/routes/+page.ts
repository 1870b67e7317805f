import { apiClient } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url, parent }) => {
  const { user } = await parent();
  const query: Record<string, string> = { pageSize: '100' };
  for (const key of ['year', 'status']) {
    const value = url.searchParams.get(key);
    if (value) query[key] = value;
  }
  // Editors list their agency's reports; reviewers those of every agency in their charge.
  if (user?.role === 'editor') query.agencyId = user.agencyId;
  if (user?.role === 'reviewer') query.within = user.agencyId;
  const { api } = apiClient(fetch);
  const [page, agencies] = await Promise.all([
    pageCall(api.reports.$get({ query })),
    pageCall(api.agencies.$get()),
  ]);
  return { reports: page.items, total: page.total, agencies };
};
