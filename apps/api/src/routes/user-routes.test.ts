import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('user routes', (kind) => {
  const world = useTestWorld(kind);

  it('lets admins manage users; the new user can log in with the password set', async () => {
    const admin = await world.login('admin');
    const body = {
      username: 'newcomer',
      password: 'long-enough',
      agencyId: world.agencies.jiangnan,
      role: 'editor',
    };
    const created = await world.request('POST', '/api/users', { token: admin, body });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('password');
    expect((await world.request('POST', '/api/users', { token: admin, body })).status).toBe(409);
    const login = (password: string) =>
      world.request('POST', '/api/auth/login', { body: { username: 'newcomer', password } });
    expect((await login('long-enough')).status).toBe(200);

    const path = `/api/users/${created.body.id}`;
    expect((await world.request('GET', path, { token: admin })).body).toEqual(created.body);
    const patched = await world.request('PATCH', path, {
      token: admin,
      body: { role: 'reviewer', password: 'another-one' },
    });
    expect(patched.body.role).toBe('reviewer');
    expect((await login('long-enough')).status).toBe(401);
    expect((await login('another-one')).status).toBe(200);

    const list = await world.request('GET', '/api/users', { token: admin });
    expect(list.body.map((u: { username: string }) => u.username)).toContain('newcomer');
    expect((await world.request('DELETE', path, { token: admin })).status).toBe(204);
    expect((await login('another-one')).status).toBe(401);
    expect((await world.request('GET', path, { token: admin })).status).toBe(404);
  });

  it('refuses short passwords, unknown agencies and non-admins', async () => {
    const admin = await world.login('admin');
    const short = await world.request('POST', '/api/users', {
      token: admin,
      body: { username: 'x', password: 'short', agencyId: world.agencies.pinghu, role: 'editor' },
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toEqual({ path: 'json.password', message: '密码至少 8 个字符' });
    const nowhere = await world.request('POST', '/api/users', {
      token: admin,
      body: { username: 'y', password: 'long-enough', agencyId: 'nowhere', role: 'editor' },
    });
    expect(nowhere.status).toBe(409);
    const reviewer = await world.login('reviewer');
    expect((await world.request('GET', '/api/users', { token: reviewer })).status).toBe(403);
    expect((await world.request('GET', '/api/users')).status).toBe(401);
    const me = await world.request('GET', '/api/auth/me', { token: admin });
    expect(
      (await world.request('DELETE', `/api/users/${me.body.id}`, { token: admin })).status,
    ).toBe(409);
  });
});
