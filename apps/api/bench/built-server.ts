// The built API (`pnpm build` first) as the benches run it: a child process on a port.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built server's entry: present after `pnpm build`. */
export const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** The admin password every bench starts its server with: it meets the password policy. */
export const benchPassword = 'Bench-Password-2026';

/** Starts `dist/main.js` on `databaseUrl` and `port`; resolves once it says 已启动. */
export async function startBuiltServer(options: {
  readonly databaseUrl: string;
  readonly port: number;
  /** Demo agencies, users and reports on an empty database (NIANBAO_DEMO=1). */
  readonly demo?: boolean;
}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      NIANBAO_ADMIN_PASSWORD: benchPassword,
      NIANBAO_DEMO: options.demo === false ? '0' : '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('已启动')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`server exited (${String(code)}): ${output}`));
    });
  });
  return child;
}

/** Stops a server started by `startBuiltServer` and waits until it has exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A JSON API call as a bench script makes it: bearer token, JSON in and out. */
export async function api(base: string, path: string, init: RequestInit = {}, token?: string) {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json');
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(base + path, { ...init, headers });
  return await response.json();
}
