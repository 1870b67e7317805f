import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { exited, freePort } from '../test-support/server-process.js';

// The built entry, as `pnpm start` runs it: its PDF worker is dist code, loaded without tsx.
const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('serves a published report’s PDF, Word and HTML from the built API (run `pnpm build` first)', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: dir,
    env: {
      ...process.env,
      NIANBAO_ADMIN_PASSWORD: 'pdf-built-Test-password-1',
      NIANBAO_DEMO: '1',
      DATABASE_URL: `file:${join(dir, 'nianbao.db')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('已启动')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const list = (await (await fetch(`${base}/api/reports?status=published`)).json()) as {
      items: { id: string }[];
    };
    const reply = await fetch(`${base}/api/reports/${list.items[0]?.id ?? ''}/pdf`);
    expect(reply.status).toBe(200);
    expect(
      Buffer.from(await reply.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // Every other format renders in the same pool of dist workers.
    const id = list.items[0]?.id ?? '';
    const docx = await fetch(`${base}/api/reports/${id}/export?to=docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const html = await fetch(`${base}/api/reports/${id}/export?to=html`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('<table');
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}, 120_000);
