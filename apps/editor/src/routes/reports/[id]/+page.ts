import { ApiError, apiClient, call, reportOf } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const { api } = apiClient(fetch);
  // Last year's standing report of the same agency, as the API's cross-year checks take it.
  const lastYear = call(api.reports[':id'].previous.$get({ param: params })).then(
    reportOf,
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    },
  );
  const [resource, previous] = await Promise.all([
    pageCall(api.reports[':id'].$get({ param: params })),
    lastYear,
  ]);
  return { resource, previous };
};
