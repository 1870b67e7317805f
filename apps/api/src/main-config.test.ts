import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { exited } from './test-support/server-process.js';

// The built entry, as `pnpm start` runs it (turbo builds before `pnpm test`).
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-main-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(
  'reads nianbao.config.json in the working directory and refuses to switch an error off',
  { timeout: 30_000 },
  async () => {
    const config = join(dir, 'nianbao.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'requests.balance': 'off' } }));
    const child = spawn(process.execPath, [main], {
      cwd: dir,
      env: {
        ...process.env,
        NIANBAO_ADMIN_PASSWORD: 'Main-Test-2026',
        DATABASE_URL: 'sqlite:x.db',
      },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await exited(child)).toBe(2);
    expect(output).toContain(`配置文件 ${config} 中的 /rules/requests.balance 不可用`);
    expect(output).not.toMatch(/^\s+at /m);
  },
);
