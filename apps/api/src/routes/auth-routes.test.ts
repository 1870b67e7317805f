import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('auth routes', (kind) => {
  const world = useTestWorld(kind);

  it('logs in with a token and an HttpOnly SameSite=Lax cookie that both authenticate', async () => {
    const login = await world.request('POST', '/api/auth/login', {
      body: { username: 'reviewer', password: passwordOf('reviewer') },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^nianbao_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const byBearer = await world.request('GET', '/api/auth/me', { token: login.body.token });
    expect(byBearer.body).toMatchObject({ username: 'reviewer', role: 'reviewer' });
    const byCookie = await world.request('GET', '/api/auth/me', {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(byCookie.body.username).toBe('reviewer');
    expect(byCookie.body).not.toHaveProperty('passwordHash');
  });

  it('stores only a hash of the session token', async () => {
    const token = await world.login('editor');
    const user = await world.repo.findSessionUser(token, new Date().toISOString());
    expect(user).toBeUndefined();
  });

  it('refuses a wrong password or an unknown user with the same 401', async () => {
    const wrong = await world.request('POST', '/api/auth/login', {
      body: { username: 'editor', password: 'not-it' },
    });
    const unknown = await world.request('POST', '/api/auth/login', {
      body: { username: 'nobody', password: 'not-it' },
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    const missing = await world.request('POST', '/api/auth/login', {
      body: { username: 'editor' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('json.password');
    // zod's own messages come in Chinese like the rest (it said "Invalid input: expected string").
    expect(missing.body.errors[0].message).toBe('无效输入：期望 string，实际接收 undefined');
  });

  it('logs out: the token stops working', async () => {
    const login = await world.request('POST', '/api/auth/login', {
      body: { username: 'jiangnan', password: passwordOf('jiangnan') },
    });
    const { token } = login.body;
    const out = await world.request('POST', '/api/auth/logout', { token });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/nianbao_session=;/);
    expect((await world.request('GET', '/api/auth/me', { token })).status).toBe(401);
    expect((await world.request('GET', '/api/auth/me', { token: 'forged' })).status).toBe(401);
  });

  it('locks a name at one address after five wrong passwords; other addresses still log in', async () => {
    const attempt = (password: string, address: string) =>
      world.request('POST', '/api/auth/login', {
        body: { username: 'reviewer', password },
        address,
      });
    for (let i = 0; i < 5; i++) expect((await attempt('guess', '10.0.0.1')).status).toBe(401);
    const locked = await attempt(passwordOf('reviewer'), '10.0.0.1');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(locked.body.detail).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试$/);
    expect((await attempt(passwordOf('reviewer'), '10.0.0.2')).status).toBe(200);
    const other = await world.request('POST', '/api/auth/login', {
      body: { username: 'editor', password: passwordOf('editor') },
      address: '10.0.0.1',
    });
    expect(other.status).toBe(200);
  });

  it("counts behind the editor's server by the browser's address it forwards, not its own", async () => {
    const viaEditor = (password: string, browser: string) =>
      world.request('POST', '/api/auth/login', {
        body: { username: 'jiangnan', password },
        address: '127.0.0.1',
        headers: { 'x-forwarded-for': browser },
      });
    for (let i = 0; i < 5; i++) expect((await viaEditor('guess', '198.51.100.1')).status).toBe(401);
    expect((await viaEditor(passwordOf('jiangnan'), '198.51.100.1')).status).toBe(429);
    expect((await viaEditor(passwordOf('jiangnan'), '198.51.100.2')).status).toBe(200);
    // From anywhere else the header is the caller's own say-so: the socket's address counts.
    const direct = (password: string) =>
      world.request('POST', '/api/auth/login', {
        body: { username: 'reviewer', password },
        address: '10.0.0.5',
        headers: { 'x-forwarded-for': '198.51.100.3' },
      });
    for (let i = 0; i < 5; i++) expect((await direct('guess')).status).toBe(401);
    const admin = await world.login('admin');
    const locks = await world.request('GET', '/api/login-locks', { token: admin });
    const addresses = (locks.body as { address: string }[]).map((lock) => lock.address);
    expect(addresses).toContain('10.0.0.5');
    expect(addresses).not.toContain('198.51.100.3');
  });

  it('locks an address after twenty failures whatever the names, until an admin clears it', async () => {
    const attempt = (username: string, password: string) =>
      world.request('POST', '/api/auth/login', {
        body: { username, password },
        address: '10.0.0.9',
      });
    for (let i = 0; i < 20; i++) expect((await attempt(`guess${i}`, 'x')).status).toBe(401);
    expect((await attempt('jiangnan', passwordOf('jiangnan'))).status).toBe(429);
    const admin = await world.login('admin');
    const locks = await world.request('GET', '/api/login-locks', { token: admin });
    expect(locks.body).toContainEqual(
      expect.objectContaining({ username: null, address: '10.0.0.9', failures: 20 }),
    );
    const editor = await world.login('editor');
    expect((await world.request('GET', '/api/login-locks', { token: editor })).status).toBe(403);
    const clear = await world.request('DELETE', '/api/login-locks?address=10.0.0.9', {
      token: admin,
    });
    expect(clear.status).toBe(204);
    expect((await attempt('jiangnan', passwordOf('jiangnan'))).status).toBe(200);
  });
});
