import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('user names', (kind) => {
  const world = useTestWorld(kind);
  const newcomer = (name?: unknown) => ({
    username: `person-${Math.random().toString(36).slice(2, 8)}`,
    password: 'Long-enough1',
    agencyId: world.agencies.jiangnan,
    role: 'editor',
    ...(name === undefined ? {} : { name }),
  });

  it('stores a trimmed name an admin gives, shows it to its owner and lets the admin change or clear it', async () => {
    const admin = await world.login('admin');
    const body = newcomer('  张三  ');
    const created = await world.request('POST', '/api/users', { token: admin, body });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('张三');
    const login = await world.request('POST', '/api/auth/login', {
      body: { username: body.username, password: body.password },
    });
    const me = await world.request('GET', '/api/auth/me', { token: login.body.token as string });
    expect(me.body).toMatchObject({ username: body.username, name: '张三' });

    const path = `/api/users/${created.body.id}`;
    const renamed = await world.request('PATCH', path, { token: admin, body: { name: '李四' } });
    expect(renamed.body.name).toBe('李四');
    const cleared = await world.request('PATCH', path, { token: admin, body: { name: null } });
    expect(cleared.body.name).toBeNull();
  });

  it('leaves the name null when none is given', async () => {
    const admin = await world.login('admin');
    const created = await world.request('POST', '/api/users', { token: admin, body: newcomer() });
    expect(created.body.name).toBeNull();
  });

  it('refuses a blank name and one longer than 50 characters', async () => {
    const admin = await world.login('admin');
    for (const name of ['   ', '名'.repeat(51)]) {
      const reply = await world.request('POST', '/api/users', {
        token: admin,
        body: newcomer(name),
      });
      expect(reply.status).toBe(400);
    }
  });

  it('names the author of each revision beside the login', async () => {
    const admin = await world.login('admin');
    const me = await world.request('GET', '/api/auth/me', { token: await world.login('jiangnan') });
    await world.request('PATCH', `/api/users/${me.body.id}`, {
      token: admin,
      body: { name: '王五' },
    });
    const token = await world.login('jiangnan');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, year: 2032 },
    });
    const revisions = await world.request('GET', `/api/reports/${created.body.id}/revisions`, {
      token,
    });
    expect(revisions.body[0]).toMatchObject({ username: 'jiangnan', name: '王五' });
  });
});
