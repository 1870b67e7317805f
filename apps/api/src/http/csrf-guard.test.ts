import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';

// What a browser sends for a page on another port of the same host (issue 11, item 1).
const attacker = { origin: 'http://127.0.0.1:9999', 'sec-fetch-site': 'same-site' };
const editorPage = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };

describeEachDatabase('CSRF protection', (kind) => {
  const world = useTestWorld(kind);
  let cookie = '';
  let submittedId = '';

  beforeAll(async () => {
    const login = await world.request('POST', '/api/auth/login', {
      body: { username: 'reviewer', password: passwordOf('reviewer') },
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const editor = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, year: 2031 },
    });
    submittedId = created.body.id;
    await world.request('POST', `/api/reports/${submittedId}/submit`, { token: editor });
  });

  const post = (path: string, headers: Record<string, string>) =>
    world.request('POST', path, { headers: { cookie, ...headers } });

  it('refuses the same-site attack: body-less POSTs riding on the cookie approve nothing', async () => {
    for (const step of ['approve', 'return', 'publish']) {
      const reply = await post(`/api/reports/${submittedId}/${step}`, attacker);
      expect(reply.status).toBe(403);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(reply.body.detail).toContain('跨站请求伪造');
    }
    const after = await world.request('GET', `/api/reports/${submittedId}`, {
      headers: { cookie },
    });
    expect(after.body.status).toBe('submitted');
  });

  it('refuses a cookie request that has the header but comes from another origin', async () => {
    const withHeader = { ...attacker, 'x-nianbao-csrf': '1' };
    expect((await post(`/api/reports/${submittedId}/approve`, withHeader)).status).toBe(403);
    const originOnly = { origin: 'http://127.0.0.1:9999', 'x-nianbao-csrf': '1' };
    expect((await post(`/api/reports/${submittedId}/approve`, originOnly)).status).toBe(403);
    const noOrigin = { 'x-nianbao-csrf': '1' };
    expect((await post(`/api/reports/${submittedId}/approve`, noOrigin)).status).toBe(403);
  });

  it('refuses a same-origin cookie request without the editor header', async () => {
    expect((await post(`/api/reports/${submittedId}/approve`, editorPage)).status).toBe(403);
  });

  it('accepts the editor: header and same origin, directly or forwarded by its server', async () => {
    const forwarded = {
      origin: 'http://127.0.0.1:3000',
      'x-forwarded-host': '127.0.0.1:3000',
      'x-nianbao-csrf': '1',
    };
    const approved = await post(`/api/reports/${submittedId}/approve`, forwarded);
    expect(approved.status).toBe(200);
    const returned = await post(`/api/reports/${submittedId}/return`, {
      ...editorPage,
      'x-nianbao-csrf': '1',
    });
    expect(returned.status).not.toBe(403);
  });

  it('leaves bearer scripts and reads alone', async () => {
    const token = await world.login('editor');
    const reply = await world.request('POST', '/api/validate', {
      token,
      body: {},
      headers: attacker,
    });
    expect(reply.status).toBe(200);
    const read = await world.request('GET', '/api/auth/me', { headers: { cookie, ...attacker } });
    expect(read.status).toBe(200);
  });

  it('refuses a login posted from another origin, and accepts scripts and the editor', async () => {
    const login = (headers: Record<string, string>) =>
      world.request('POST', '/api/auth/login', {
        body: { username: 'editor', password: passwordOf('editor') },
        headers,
      });
    expect((await login(attacker)).status).toBe(403);
    expect((await login({ origin: 'http://127.0.0.1:9999' })).status).toBe(403);
    expect((await login({})).status).toBe(200);
    expect((await login(editorPage)).status).toBe(200);
  });
});
