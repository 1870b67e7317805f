import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const editorRoot = fileURLToPath(new URL('..', import.meta.url));
export const adminPassword = 'E2e-Chief-Pass-1';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface Servers {
  readonly url: string;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`servers exited:\n${output()}`);
    // 401 from /api/auth/me means the editor answers and the API behind it too.
    const status = await fetch(`${url}/api/auth/me`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 401) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`servers did not start within 60 s:\n${output()}`);
}

/** The built API and editor, through the launcher, on free ports over a fresh SQLite file. */
export async function startServers(): Promise<Servers> {
  for (const file of ['build/index.js', '../api/dist/main.js'])
    if (!existsSync(join(editorRoot, file)))
      throw new Error(
        `${file} is missing: run \`pnpm build\` (turbo builds it before \`pnpm test\`)`,
      );
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-editor-e2e-'));
  const [port, apiPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: editorRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NIANBAO_API_PORT: String(apiPort),
      DATABASE_URL: `sqlite:${join(dir, 'e2e.sqlite')}`,
      NIANBAO_ADMIN_PASSWORD: adminPassword,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
