import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

const secure = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  xFrameOptions: 'DENY',
  // HSTS belongs to whoever terminates TLS: sent from here it could pin a whole domain.
  strictTransportSecurity: false,
  overwrite: false,
});

/**
 * The headers every API answer carries: a CSP that loads nothing and forbids framing, nosniff,
 * same-origin referrers and no framing for old browsers. A page may set its own CSP.
 */
export const securityHeaders = () =>
  createMiddleware(async (c, next) => {
    await secure(c, next);
    // Chromium's PDF viewer draws inside the PDF's own document: `default-src 'none'` blanks it.
    if (/^application\/pdf/i.test(c.res.headers.get('content-type') ?? ''))
      c.res.headers.set('content-security-policy', "frame-ancestors 'none'");
  });
