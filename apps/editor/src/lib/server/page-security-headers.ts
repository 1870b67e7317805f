// The CSP comes from `kit.csp` (svelte.config.js), with a nonce or hash for the start-up script.
const headers: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Adds the headers every editor page carries to an answer that lacks them. */
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(headers))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}
