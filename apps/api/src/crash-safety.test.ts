import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, startServer } from './test-support/server-process.js';
import type { Reply } from './test-support/test-world.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-crash-'));
const password = 'Crash-Test-2026';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function call(
  base: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<Omit<Reply, 'headers'> & { etag: string | null }> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.body) headers.set('content-type', 'application/json');
  const response = await fetch(base + path, { ...init, headers });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: await response.json(),
  };
}

describe('crash safety (real server on SQLite, killed with SIGKILL)', () => {
  it.each(['NORMAL', 'FULL'])(
    'keeps every acknowledged write after kill -9 and a restart (synchronous=%s)',
    { timeout: 90_000 },
    async (synchronous) => {
      const file = join(dir, `crash-${synchronous}.sqlite`);
      const env = {
        DATABASE_URL: `sqlite:${file}`,
        NIANBAO_ADMIN_PASSWORD: password,
        NIANBAO_DEMO: '1',
        NIANBAO_SQLITE_SYNCHRONOUS: synchronous,
      };
      const first = await startServer(env);
      const login = await call(first.url, '/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ username: 'admin', password }),
      });
      const token: string = login.body.token;
      const agencies = await call(first.url, '/api/agencies');
      const agencyIds: string[] = agencies.body.map((a: { id: string }) => a.id);

      // Three writers, each saving its own report over and over until the server dies.
      const acknowledged = new Map<string, { version: number; text: string }>();
      let isKilled = false;
      // Read through a call: TypeScript would take the flag as fixed across the awaits.
      const killed = () => isKilled;
      const writer = async (agencyId: string) => {
        const created = await call(first.url, '/api/reports', {
          method: 'POST',
          token,
          body: JSON.stringify({ agencyId, year: 2030 }),
        });
        const id: string = created.body.id;
        let { version } = created.body as { version: number };
        for (let n = 1; !killed() && n < 10_000; n++) {
          const text = `第 ${n} 次写入`;
          const body = {
            ...created.body.report,
            narrative: { ...created.body.report.narrative, other: text },
          };
          try {
            const saved = await call(first.url, `/api/reports/${id}`, {
              method: 'PUT',
              token,
              body: JSON.stringify(body),
              headers: { 'if-match': `"${version}"` },
            });
            if (saved.status !== 200) throw new Error(`unexpected ${saved.status}`);
            version = saved.body.version;
            acknowledged.set(id, { version, text });
          } catch (error) {
            if (!killed()) throw error;
          }
        }
      };
      const writers = Promise.all(agencyIds.map(writer));
      while ([...acknowledged.values()].reduce((sum, a) => sum + a.version, 0) < 150)
        await new Promise((resolve) => setTimeout(resolve, 5));
      isKilled = true;
      first.child.kill('SIGKILL');
      await writers;
      await exited(first.child);

      const second = await startServer(env);
      try {
        expect(second.output()).not.toContain('已创建用户');
        for (const [id, last] of acknowledged) {
          const stored = await call(second.url, `/api/reports/${id}`, { token });
          expect(stored.status).toBe(200);
          // A write in flight at the kill may have landed too, but never fewer than acknowledged.
          expect(stored.body.version).toBeGreaterThanOrEqual(last.version);
          if (stored.body.version === last.version)
            expect(stored.body.report.narrative.other).toBe(last.text);
          // Saves coalesce into one revision, which holds the newest write.
          const revisions = await call(second.url, `/api/reports/${id}/revisions`, { token });
          const newest = revisions.body.at(-1) as { number: number };
          expect(newest.number).toBe(stored.body.version);
          const revision = await call(second.url, `/api/reports/${id}/revisions/${newest.number}`, {
            token,
          });
          expect(revision.body.report).toEqual(stored.body.report);
        }
        const database = new SQLite(file, { readonly: true });
        expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
        database.close();
      } finally {
        second.child.kill('SIGTERM');
        expect(await exited(second.child)).toBe(0);
      }
    },
  );
});
