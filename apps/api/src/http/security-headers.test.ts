import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld, type Reply } from '../test-support/test-world.js';

const expectSecurityHeaders = (reply: Reply) => {
  expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  expect(reply.headers.get('referrer-policy')).toBe('same-origin');
  expect(reply.headers.get('x-frame-options')).toBe('DENY');
};

describeEachDatabase('security headers', (kind) => {
  const world = useTestWorld(kind);

  it('are on answers, refusals, errors and unknown addresses alike', async () => {
    const replies = [
      await world.request('GET', '/api/health'),
      await world.request('GET', '/api/auth/me'),
      await world.request('POST', '/api/validate', { rawBody: '{', headers: {} }),
      await world.request('GET', '/api/nowhere'),
      await world.request('GET', '/'),
    ];
    for (const reply of replies) expectSecurityHeaders(reply);
    expect(replies[0]?.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('let the docs page run its own script and style by hash, and nothing else', async () => {
    const reply = await world.request('GET', '/api/docs');
    expectSecurityHeaders(reply);
    const policy = reply.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leave a PDF to the browser’s viewer: no framing, but its own styles may apply', async () => {
    const list = await world.request('GET', '/api/reports?status=published');
    const reply = await world.request('GET', `/api/reports/${list.body.items[0].id}/pdf`);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
  });
});
