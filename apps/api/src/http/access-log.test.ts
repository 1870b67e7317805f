import { expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('access log', (kind) => {
  const world = useTestWorld(kind);

  it('writes one line per request with method, path, status and ms, and no secrets', async () => {
    const lines: string[] = [];
    const app = createApp(world.repo, { accessLog: (line) => lines.push(line) });
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'editor', password: passwordOf('editor') }),
    });
    const { token } = (await login.json()) as { token: string };
    await app.request('/api/auth/me?x=1', { headers: { authorization: `Bearer ${token}` } });
    await app.request('/api/nowhere%0Aforged 200');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+Z POST \/api\/auth\/login 200 \d+ms$/);
    expect(lines[1]).toMatch(/ GET \/api\/auth\/me 200 \d+ms$/);
    expect(lines[2]).toMatch(/ GET \/api\/nowhere%0Aforged%20200 404 \d+ms$/);
    const all = lines.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain(passwordOf('editor'));
  });

  it('prints nothing when not asked for (tests and NIANBAO_ACCESS_LOG=0)', async () => {
    const log = vi.spyOn(console, 'log');
    const app = createApp(world.repo);
    expect((await app.request('/api/health')).status).toBe(200);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
