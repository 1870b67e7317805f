import { redirect } from '@sveltejs/kit';
import { apiClient, ApiError, call } from '$lib/api/api-client';
import type { LayoutLoad } from './$types';

// The editor runs in the browser; its server only serves files and forwards /api.
export const ssr = false;

export const load: LayoutLoad = async ({ fetch, url }) => {
  try {
    const { api } = apiClient(fetch);
    const user = await call(api.auth.me.$get());
    // The header names the user's agency; a name it cannot read is left out, not an error.
    const agency = await call(api.agencies[':id'].$get({ param: { id: user.agencyId } })).catch(
      () => undefined,
    );
    return { user, agencyName: agency?.name };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (url.pathname !== '/login') redirect(307, `/login?next=${encodeURIComponent(url.pathname)}`);
    return { user: undefined, agencyName: undefined };
  }
};
