import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersOk, freePort, launchStartScript } from './launch-start-script';

// The launcher behind `pnpm start`, running the built API and editor (turbo builds them first).
const dir = mkdtempSync(join(tmpdir(), 'nianbao-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const launch = (env: Record<string, string>) => launchStartScript({ cwd: dir, env });

/** The address a line prints after its label, if it stands alone: a space before, line end after. */
const addressAfter = (output: string, label: string) =>
  new RegExp(`^${label}： (http://\\S+)$`, 'm').exec(output)?.[1];

describe('pnpm start (scripts/start.js)', () => {
  it(
    'prints each address on its own line, after a space; both answer, bodies over 512 KB too',
    {
      timeout: 90_000,
    },
    async () => {
      const [port, apiPort] = [await freePort(), await freePort()];
      const { child, exited, output } = launch({
        PORT: String(port),
        NIANBAO_API_PORT: String(apiPort),
        DATABASE_URL: `file:${join(dir, 'start.sqlite')}`,
      });
      try {
        const deadline = Date.now() + 60_000;
        while (!output().includes('已启动') && Date.now() < deadline && child.exitCode === null)
          await new Promise((resolve) => setTimeout(resolve, 100));
        const editor = addressAfter(output(), '年报编辑器');
        const api = addressAfter(output(), 'API');
        expect(editor).toBe(`http://127.0.0.1:${port}/`);
        expect(api).toBe(`http://127.0.0.1:${apiPort}/api/docs`);
        expect(output()).not.toMatch(/http:\/\/\S*[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
        expect((await fetch(api!)).status).toBe(200);
        expect(await answersOk(editor!, deadline - Date.now())).toBe(true);
        // adapter-node's own default would stop this import at 512 KB with no word from the API.
        const large = await fetch(`${editor}api/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'a'.repeat(600_000), kind: 'text' }),
        });
        expect(large.status).toBe(401);
        // A script's text/plain import reaches the API (SvelteKit's form check refused it, 403).
        const login = await fetch(`${editor}api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'Start-Test-Pass-1' }),
        });
        const { token } = (await login.json()) as { token: string };
        const copied = await fetch(`${editor}api/import`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
          body: '这不是一份年报',
        });
        expect(copied.status).toBe(422);
        expect(((await copied.json()) as { detail: string }).detail).toContain('没有找到年度报告');
        // A form another site posts with the browser's cookie is still refused, by our own check.
        const forged = await fetch(`${editor}api/auth/logout`, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain',
            cookie: 'nianbao_session=x',
            origin: 'http://127.0.0.1:1',
          },
          body: 'x',
        });
        expect(forged.status).toBe(403);
        expect(((await forged.json()) as { detail: string }).detail).toContain('跨站请求伪造防护');
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    },
  );

  it('stops with exit code 2, before starting anything, on a wrong variable', async () => {
    const { exited, output } = launch({ DATABASE_URL: 'mysql://x', PORT: '3000' });
    expect(await exited).toBe(2);
    expect(output()).toContain('环境变量 DATABASE_URL 的值 "mysql://x" 不可用：');
    expect(output()).not.toContain('已启动');
    expect(output()).not.toMatch(/^\s+at /m);
  });

  it('refuses the same port for the editor and the API', async () => {
    const { exited, output } = launch({ PORT: '4000', NIANBAO_API_PORT: '4000' });
    expect(await exited).toBe(2);
    expect(output()).toContain('PORT 与 NIANBAO_API_PORT 不可用：应为两个不同的端口');
  });
});
