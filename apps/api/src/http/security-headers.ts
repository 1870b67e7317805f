import { secureHeaders } from 'hono/secure-headers';

/**
 * The headers every API answer carries: a CSP that loads nothing and forbids framing, nosniff,
 * same-origin referrers and no framing for old browsers. A page may set its own CSP.
 */
export const securityHeaders = () =>
  secureHeaders({
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
