import type { Report } from '@nianbao/schema';
import { api, type ReportResource, type ReportSummary } from '$lib/api/api-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const resource = await api<ReportResource>(fetch, `/api/reports/${params.id}`);
  // Last year's report of the same agency, for the cross-year checks: published first, else newest.
  const query = new URLSearchParams({
    agencyId: resource.agencyId,
    year: String(resource.year - 1),
  });
  const earlier = await api<{ items: ReportSummary[] }>(fetch, `/api/reports?${query}`);
  const pick = earlier.items.find((r) => r.status === 'published') ?? earlier.items.at(-1);
  const previous = pick
    ? ((await api<ReportResource>(fetch, `/api/reports/${pick.id}`)).report as Report)
    : undefined;
  return { resource, previous };
};
