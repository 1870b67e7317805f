import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './page-security-headers';

describe('withSecurityHeaders', () => {
  it('adds nosniff, same-origin referrers and no framing to an answer', () => {
    const response = withSecurityHeaders(new Response('<p>年报</p>'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps what the API already answered', () => {
    const forwarded = new Response('{}', { headers: { 'referrer-policy': 'no-referrer' } });
    expect(withSecurityHeaders(forwarded).headers.get('referrer-policy')).toBe('no-referrer');
  });
});
