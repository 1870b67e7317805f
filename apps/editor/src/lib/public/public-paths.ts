/** Pages anyone may open without logging in: the published reports (contract §4). */
export const isPublicPath = (pathname: string): boolean =>
  pathname === '/public' || pathname.startsWith('/public/');
