import { supportedYears } from '@nianbao/schema';
import { apiClient, call, reportOf } from '$lib/api/api-client';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const { api } = apiClient(fetch);
  const resource = await call(api.reports[':id'].$get({ param: params }));
  // Last year's report of the same agency, for the cross-year checks: published first, else newest.
  // The first supported year has none (and the API refuses to list an earlier year).
  const query = { agencyId: resource.agencyId, year: String(resource.year - 1) };
  const earlier =
    resource.year > supportedYears.first ? (await call(api.reports.$get({ query }))).items : [];
  const pick = earlier.find((r) => r.status === 'published') ?? earlier.at(-1);
  const previous = pick
    ? reportOf(await call(api.reports[':id'].$get({ param: pick })))
    : undefined;
  return { resource, previous };
};
