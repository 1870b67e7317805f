import { apiClient, call, reportOf } from '$lib/api/api-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const { api } = apiClient(fetch);
  const resource = await call(api.reports[':id'].$get({ param: params }));
  // Last year's report of the same agency, for the cross-year checks: published first, else newest.
  const query = { agencyId: resource.agencyId, year: String(resource.year - 1) };
  const earlier = await call(api.reports.$get({ query }));
  const pick = earlier.items.find((r) => r.status === 'published') ?? earlier.items.at(-1);
  const previous = pick
    ? reportOf(await call(api.reports[':id'].$get({ param: pick })))
    : undefined;
  return { resource, previous };
};
