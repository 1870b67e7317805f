import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, freePort } from './test-support/server-process.js';

// The built entry, as `pnpm start` runs it (turbo builds before `pnpm test`).
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, [main], {
    cwd: dir,
    env: { ...process.env, NIANBAO_ADMIN_PASSWORD: 'Main-Test-2026', ...env },
  });
  let output = '';
  const seen = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  return { child, seen, output: () => output };
}

describe('the built API entry', () => {
  it.each(['mysql://x', 'file://server/share/x.db', 'sqlite:'])(
    'stops with exit code 2 and a Chinese message, no stack trace, for DATABASE_URL=%s',
    { timeout: 30_000 },
    async (url) => {
      const { child, output } = run({ DATABASE_URL: url, PORT: 'x' });
      expect(await exited(child)).toBe(2);
      expect(output()).toContain(`环境变量 DATABASE_URL 的值 ${JSON.stringify(url)} 不可用：`);
      expect(output()).toContain('postgres://… 或 postgresql://…');
      expect(output()).toContain('环境变量 PORT 的值 "x" 不可用：应为 1–65535');
      expect(output()).not.toMatch(/^\s+at /m);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it(
    'creates DATABASE_URL=file:/abs/path.db at that absolute path and prints a clickable address',
    {
      timeout: 60_000,
    },
    async () => {
      const file = join(dir, 'abs', 'nianbao.db');
      const port = await freePort();
      const { child, seen, output } = run(
        { DATABASE_URL: `file:${file}`, PORT: String(port), HOST: '127.0.0.1' },
        /已启动.*\n/,
      );
      try {
        await Promise.race([seen, exited(child)]);
        expect(existsSync(file)).toBe(true);
        expect(readdirSync(dir)).toEqual(['abs']);
        const address = /已启动： (http:\/\/\S+)$/m.exec(output())?.[1];
        expect(address).toBe(`http://127.0.0.1:${port}/api/docs`);
        expect((await fetch(address!)).status).toBe(200);
      } finally {
        child.kill('SIGTERM');
        await exited(child);
      }
    },
  );
});
