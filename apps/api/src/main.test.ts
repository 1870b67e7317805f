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

function run(env: Record<string, string | undefined>, until?: RegExp) {
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

  it.each([
    ['missing', undefined, '数据库中还没有管理员，正式部署（NIANBAO_DEMO=0）必须设置'],
    ['weak', 'password', '密码须含大写字母、小写字母、数字、符号中的至少三类'],
  ])(
    'refuses a %s NIANBAO_ADMIN_PASSWORD on a new database with exit code 2',
    { timeout: 30_000 },
    async (_, password, reason) => {
      const file = join(dir, `no-admin-${password ?? 'none'}.db`);
      const env = { DATABASE_URL: `file:${file}`, PORT: String(await freePort()) };
      const { child, output } = run({ ...env, NIANBAO_ADMIN_PASSWORD: password });
      expect(await exited(child)).toBe(2);
      expect(output()).toContain(`环境变量 NIANBAO_ADMIN_PASSWORD 不可用：${reason}`);
      expect(output()).not.toContain('"password"');
      expect(output()).not.toMatch(/^\s+at /m);
    },
  );

  it(
    'creates only the admin, no demo agencies, users or reports, without NIANBAO_DEMO',
    { timeout: 60_000 },
    async () => {
      const port = await freePort();
      const file = join(dir, 'production.db');
      const { child, seen, output } = run(
        { DATABASE_URL: `file:${file}`, PORT: String(port), HOST: '127.0.0.1' },
        /已启动.*\n/,
      );
      try {
        await Promise.race([seen, exited(child)]);
        const base = `http://127.0.0.1:${port}`;
        expect(output()).toContain(
          '已创建用户 admin（admin，系统管理），密码：（NIANBAO_ADMIN_PASSWORD）',
        );
        expect(output()).not.toContain('示例报告');
        const agencies = (await (await fetch(`${base}/api/agencies`)).json()) as { name: string }[];
        expect(agencies.map((agency) => agency.name)).toEqual(['系统管理']);
        const reports = (await (await fetch(`${base}/api/reports`)).json()) as { total: number };
        expect(reports.total).toBe(0);
        // The socket's address reaches the audit log (it read "unknown" when the entry lost it).
        const login = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'Main-Test-2026' }),
        });
        const { token } = (await login.json()) as { token: string };
        const audit = await fetch(`${base}/api/audit?action=login.success`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const { items } = (await audit.json()) as { items: { address: string }[] };
        expect(items.map((item) => item.address)).toEqual(['127.0.0.1']);
      } finally {
        child.kill('SIGTERM');
        await exited(child);
      }
    },
  );
});
