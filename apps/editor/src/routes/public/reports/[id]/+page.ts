import { error } from '@sveltejs/kit';
import { apiClient, ApiError, call } from '$lib/api/api-client';
import { rethrowForPage } from '$lib/api/page-call';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const { api } = apiClient(fetch);
  try {
    const [resource, formats] = await Promise.all([
      call(api.public.reports[':id'].$get({ param: params })),
      call(api['export-formats'].$get()),
    ]);
    return { resource, formats };
  } catch (failure) {
    // A draft's address says no more than an unknown one.
    if (failure instanceof ApiError && failure.status === 404) error(404, '没有这份已发布的报告');
    rethrowForPage(failure);
  }
};
