import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';
import { isHttps } from './secure-cookies.js';

const request = (url: string, headers: Record<string, string> = {}) => ({
  url,
  header: (name: string) => headers[name],
});

describe('isHttps', () => {
  it('believes X-Forwarded-Proto only from a trusted proxy', () => {
    const forwarded = request('http://api/x', { 'x-forwarded-proto': 'https, http' });
    expect(isHttps(forwarded, true)).toBe(true);
    expect(isHttps(forwarded, false)).toBe(false);
    expect(isHttps(request('http://api/x', { 'x-forwarded-proto': 'http' }), true)).toBe(false);
    expect(isHttps(request('https://api/x'), false)).toBe(true);
  });
});

describeEachDatabase('Secure session cookie', (kind) => {
  const world = useTestWorld(kind);

  const loginCookie = async (trustProxy: boolean) => {
    const app = createApp(world.repo, { trustProxy });
    const reply = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'editor', password: passwordOf('editor') }),
    });
    expect(reply.status).toBe(200);
    return reply.headers.get('set-cookie') ?? '';
  };

  it('is Secure behind a trusted HTTPS proxy (NIANBAO_TRUST_PROXY=1)', async () => {
    expect(await loginCookie(true)).toMatch(/;\s*Secure/);
  });

  it('ignores X-Forwarded-Proto from an untrusted sender', async () => {
    expect(await loginCookie(false)).not.toMatch(/Secure/);
  });
});
