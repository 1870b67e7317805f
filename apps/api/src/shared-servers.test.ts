import { afterAll, beforeAll, expect, it } from 'vitest';
import { exited, startServer, type ServerProcess } from './test-support/server-process.js';
import { sharedDatabaseUrl } from './test-support/shared-database-url.js';
import { describeEachDatabase } from './test-support/test-databases.js';
import { sessionCacheMs } from './db/session-cache.js';

const adminPassword = 'Shared-Chief-1';

describeEachDatabase('two API processes on one database', (kind) => {
  const servers: ServerProcess[] = [];
  let remove = () => Promise.resolve();
  beforeAll(async () => {
    const database = await sharedDatabaseUrl(kind);
    remove = () => database.remove();
    const env = { DATABASE_URL: database.url, NIANBAO_ADMIN_PASSWORD: adminPassword };
    // One after the other: the first creates the admin, the second finds it.
    servers.push(await startServer({ ...env, NIANBAO_DEMO: '1' }));
    servers.push(await startServer(env));
  }, 90_000);
  afterAll(async () => {
    for (const { child } of servers) {
      child.kill('SIGTERM');
      await exited(child);
    }
    await remove();
  });

  const login = (server: ServerProcess, username: string, password: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  const me = (server: ServerProcess, token: string) =>
    fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } }).then(
      (response) => response.status,
    );

  it('share login locks: five failures on one lock the name at that address on the other', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    for (let i = 0; i < 5; i++)
      expect((await login(first, 'admin', 'Wrong-guess-1')).status).toBe(401);
    expect((await login(second, 'admin', adminPassword)).status).toBe(429);
  });

  it(
    'see a logout on the other process within the session cache time',
    { timeout: 20_000 },
    async () => {
      const [first, second] = servers as [ServerProcess, ServerProcess];
      const demo = /已创建用户 editor（.*?），密码：(\S+)/.exec(first.output())?.[1] ?? '';
      const { token } = (await (await login(first, 'editor', demo)).json()) as { token: string };
      expect(await me(second, token)).toBe(200);
      const out = await fetch(`${first.url}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(out.status).toBe(204);
      const loggedOutAt = Date.now();
      while ((await me(second, token)) === 200) {
        expect(Date.now() - loggedOutAt).toBeLessThan(sessionCacheMs + 500);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  );
});
