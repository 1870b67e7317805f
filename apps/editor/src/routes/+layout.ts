import { redirect } from '@sveltejs/kit';
import { apiClient, ApiError, call } from '$lib/api/api-client';
import { isPublicPath } from '$lib/public/public-paths';
import type { LayoutLoad } from './$types';

// The editor runs in the browser; its server only serves files and forwards /api.
export const ssr = false;

export const load: LayoutLoad = async ({ fetch, url }) => {
  let user;
  try {
    user = await call(apiClient(fetch).api.auth.me.$get());
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (url.pathname !== '/login' && !isPublicPath(url.pathname))
      redirect(307, `/login?next=${encodeURIComponent(url.pathname)}`);
    return { user: undefined, agencyName: undefined };
  }
  // After an admin's reset the API answers 403 to everything but the password change.
  if (user.mustChangePassword && url.pathname !== '/account/password')
    redirect(307, '/account/password');
  // The header names the user's agency; a name it cannot read is left out, not an error.
  const agency = await call(
    apiClient(fetch).api.agencies[':id'].$get({ param: { id: user.agencyId } }),
  ).catch(() => undefined);
  return { user, agencyName: agency?.name };
};
