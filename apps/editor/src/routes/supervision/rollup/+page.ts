import { apiClient, ApiError, call } from '$lib/api/api-client';
import { pageCall } from '$lib/api/page-call';
import { rollupQuery, todayInChina } from '$lib/rollup/rollup-query';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url, parent }) => {
  const { user } = await parent();
  const { year, within } = rollupQuery(url.searchParams, {
    agencyId: user?.agencyId ?? '',
    today: todayInChina(),
  });
  const { api } = apiClient(fetch);
  const query = { year: String(year), within };
  const agencies = await pageCall(api.agencies.$get());
  try {
    const [sum, units, history] = await Promise.all([
      call(api.rollup.$get({ query })),
      call(api.rollup.units.$get({ query })),
      call(api.rollup.history.$get({ query: { ...query, years: '5' } })),
    ]);
    return { year, within, agencies, sum, units, history, problem: undefined };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { year, within, agencies, problem: error.detail };
  }
};
