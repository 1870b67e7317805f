import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// Test support: the launcher behind `pnpm start`, running the built API and editor.
const script = fileURLToPath(new URL('../../../scripts/start.js', import.meta.url));

/** A port free on 127.0.0.1 when asked. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Starts `scripts/start.js` in `cwd` with `env` over this process's, collecting its output. */
export function launchStartScript(options: { cwd: string; env: Record<string, string> }) {
  const child = spawn(process.execPath, [script], {
    cwd: options.cwd,
    env: { ...process.env, NIANBAO_ADMIN_PASSWORD: 'Start-Test-Pass-1', ...options.env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

/** Waits until `url` answers 200, polling, for at most `ms`; says whether it did. */
export async function answersOk(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
