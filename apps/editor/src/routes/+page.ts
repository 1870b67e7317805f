import { api, type Agency, type ReportSummary } from '$lib/api/api-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url, parent }) => {
  const { user } = await parent();
  const query = new URLSearchParams({ pageSize: '100' });
  for (const key of ['year', 'status']) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  // Editors list their agency's reports; reviewers those of every agency in their charge.
  if (user?.role === 'editor') query.set('agencyId', user.agencyId);
  if (user?.role === 'reviewer') query.set('within', user.agencyId);
  const [page, agencies] = await Promise.all([
    api<{ items: ReportSummary[]; total: number }>(fetch, `/api/reports?${query}`),
    api<Agency[]>(fetch, '/api/agencies'),
  ]);
  return { reports: page.items, total: page.total, agencies };
};
