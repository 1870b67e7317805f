import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersOk, freePort, launchStartScript } from './launch-start-script';

// The built servers under `pnpm start`, sent what nginx in front of them sends (README).
const dir = mkdtempSync(join(tmpdir(), 'nianbao-proxy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = 'nianbao.example.gov.cn';
const adminPassword = 'Start-Test-Pass-1';

interface Answer {
  status: number;
  cookies: string[];
  body: { token?: string; items?: { action: string; userName: string; address: string }[] };
}

/** One request to the editor's port, with `Host` as the proxy sets it (fetch cannot). */
const send = (
  port: number,
  call: { path: string; headers: Record<string, string>; body?: object },
) =>
  new Promise<Answer>((resolve, reject) => {
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const method = body === undefined ? 'GET' : 'POST';
    const headers = { host: site, 'content-type': 'application/json', ...call.headers };
    const req = request({ host: '127.0.0.1', port, path: call.path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          cookies: res.headers['set-cookie'] ?? [],
          body: text.startsWith('{') ? (JSON.parse(text) as Answer['body']) : {},
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });

/** What the proxy adds for a browser at `address` over `scheme`; the browser's own XFF first. */
const fromBrowser = (address: string, scheme = 'https') => ({
  origin: `${scheme}://${site}`,
  'x-forwarded-for': `198.51.100.66, ${address}`,
  'x-forwarded-proto': scheme,
});

/** Runs `body` against the launcher started with NIANBAO_TRUST_PROXY=`trustProxy`. */
async function withServers(trustProxy: '0' | '1', body: (port: number) => Promise<void>) {
  const port = await freePort();
  let apiPort = await freePort();
  while (apiPort === port) apiPort = await freePort();
  const { child, exited, output } = launchStartScript({
    cwd: dir,
    env: {
      PORT: String(port),
      NIANBAO_API_PORT: String(apiPort),
      DATABASE_URL: `file:${join(dir, `proxy-${trustProxy}.sqlite`)}`,
      NIANBAO_DEMO: '0',
      NIANBAO_ACCESS_LOG: '0',
      NIANBAO_TRUST_PROXY: trustProxy,
    },
  });
  try {
    const deadline = Date.now() + 60_000;
    while (!output().includes('已启动') && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(child.exitCode, output()).toBeNull();
    const serving = await answersOk(`http://127.0.0.1:${port}/`, deadline - Date.now());
    expect(serving, output()).toBe(true);
    await body(port);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const login = (port: number, headers: Record<string, string>, password = adminPassword) =>
  send(port, { path: '/api/auth/login', headers, body: { username: 'admin', password } });

const auditOf = async (port: number, token: string, action: string) =>
  (
    await send(port, {
      path: `/api/audit?action=${action}&pageSize=500`,
      headers: { authorization: `Bearer ${token}` },
    })
  ).body.items ?? [];

const isSecure = (cookies: string[]) =>
  cookies.some((cookie) => /;\s*secure\s*(;|$)/i.test(cookie));

describe('pnpm start behind a reverse proxy', () => {
  it(
    "with NIANBAO_TRUST_PROXY=1, locks out only the proxy's client address and records it",
    { timeout: 90_000 },
    async () => {
      await withServers('1', async (port) => {
        const attacker = fromBrowser('203.0.113.5');
        const tries = [await login(port, attacker, 'wrong-Password-1')];
        for (let i = 2; i <= 20; i++)
          tries.push(
            await send(port, {
              path: '/api/auth/login',
              headers: attacker,
              body: { username: `visitor-${i}`, password: 'wrong-Password-1' },
            }),
          );
        expect(tries.map((answer) => answer.status)).toEqual(Array(20).fill(401));
        expect((await login(port, attacker)).status).toBe(429);

        const admin = await login(port, fromBrowser('203.0.113.6'));
        expect(admin.status).toBe(200);
        expect(isSecure(admin.cookies)).toBe(true);
        const plainHttp = await login(port, fromBrowser('203.0.113.7', 'http'));
        expect(plainHttp.status).toBe(200);
        expect(plainHttp.cookies.length).toBeGreaterThan(0);
        expect(isSecure(plainHttp.cookies)).toBe(false);
        // A request that bypassed the proxy: the socket's address, not a 500.
        expect((await login(port, {}, 'wrong-Password-1')).status).toBe(401);

        const token = admin.body.token!;
        const failures = await auditOf(port, token, 'login.failure');
        expect(failures).toHaveLength(21);
        expect(failures.filter((entry) => entry.address === '203.0.113.5')).toHaveLength(20);
        expect(failures.filter((entry) => entry.address === '127.0.0.1')).toHaveLength(1);
        const successes = await auditOf(port, token, 'login.success');
        expect(successes.map((entry) => entry.address).sort()).toEqual([
          '203.0.113.6',
          '203.0.113.7',
        ]);
      });
    },
  );

  it(
    "with NIANBAO_TRUST_PROXY=0, ignores a browser's X-Forwarded-For and -Proto",
    { timeout: 90_000 },
    async () => {
      await withServers('0', async (port) => {
        const admin = await login(port, fromBrowser('203.0.113.5'));
        expect(admin.status).toBe(200);
        expect(isSecure(admin.cookies)).toBe(false);
        const successes = await auditOf(port, admin.body.token!, 'login.success');
        expect(successes.map((entry) => entry.address)).toEqual(['127.0.0.1']);
      });
    },
  );
});
