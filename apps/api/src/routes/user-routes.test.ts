import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('user routes', (kind) => {
  const world = useTestWorld(kind);
  const login = (username: string, password: string) =>
    world.request('POST', '/api/auth/login', { body: { username, password } });

  it('lets admins manage users; a reset forces a change and ends the sessions', async () => {
    const admin = await world.login('admin');
    const body = {
      username: 'newcomer',
      password: 'Long-enough1',
      agencyId: world.agencies.jiangnan,
      role: 'editor',
    };
    const created = await world.request('POST', '/api/users', { token: admin, body });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('password');
    expect((await world.request('POST', '/api/users', { token: admin, body })).status).toBe(409);
    const first = await login('newcomer', 'Long-enough1');
    expect(first.status).toBe(200);
    const session = first.body.token as string;

    const path = `/api/users/${created.body.id}`;
    expect((await world.request('GET', path, { token: admin })).body).toEqual(created.body);
    const patched = await world.request('PATCH', path, {
      token: admin,
      body: { role: 'reviewer', password: 'Another-one2' },
    });
    expect(patched.body).toMatchObject({ role: 'reviewer', mustChangePassword: true });
    expect((await world.request('GET', '/api/auth/me', { token: session })).status).toBe(401);
    expect((await login('newcomer', 'Long-enough1')).status).toBe(401);
    const second = await login('newcomer', 'Another-one2');
    expect(second.status).toBe(200);
    const token = second.body.token as string;
    const held = await world.request('GET', '/api/reports', { token });
    expect(held.status).toBe(403);
    expect(held.body.code).toBe('password-change-required');
    expect((await world.request('GET', '/api/auth/me', { token })).status).toBe(200);
    const change = await world.request('POST', '/api/auth/password', {
      token,
      body: { currentPassword: 'Another-one2', newPassword: 'Mine-at-last3' },
    });
    expect(change.status).toBe(200);
    expect(change.body.mustChangePassword).toBe(false);
    expect((await world.request('GET', '/api/reports', { token })).status).toBe(200);
    expect((await login('newcomer', 'Mine-at-last3')).status).toBe(200);

    const list = await world.request('GET', '/api/users', { token: admin });
    expect(list.body.map((u: { username: string }) => u.username)).toContain('newcomer');
    expect((await world.request('DELETE', path, { token: admin })).status).toBe(204);
    expect((await login('newcomer', 'Mine-at-last3')).status).toBe(401);
    expect((await world.request('GET', path, { token: admin })).status).toBe(404);
  });

  it('disables and enables a user: disabled, they cannot log in and their sessions end', async () => {
    const admin = await world.login('admin');
    const token = await world.login('jiangnan');
    const me = await world.request('GET', '/api/auth/me', { token });
    const path = `/api/users/${me.body.id}`;
    const off = await world.request('PATCH', path, { token: admin, body: { disabled: true } });
    expect(off.body.disabled).toBe(true);
    expect((await world.request('GET', '/api/auth/me', { token })).status).toBe(401);
    const refused = await login('jiangnan', 'Pw-nangnaij-9');
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe('该账号已停用，请联系管理员');
    const on = await world.request('PATCH', path, { token: admin, body: { disabled: false } });
    expect(on.body.disabled).toBe(false);
    expect((await login('jiangnan', 'Pw-nangnaij-9')).status).toBe(200);
  });

  it.each([
    ['short', 'Ab1-', '密码至少 8 个字符'],
    ['two kinds', 'abcdefgh12', '密码须含大写字母、小写字母、数字、符号中的至少三类'],
    ['the name', 'Policy-Test-1', '密码不能包含用户名'],
  ])('refuses a %s password on create, reset and change', async (_, password, message) => {
    const admin = await world.login('admin');
    const body = { username: 'test', password, agencyId: world.agencies.pinghu, role: 'editor' };
    const create = await world.request('POST', '/api/users', { token: admin, body });
    expect(create.status).toBe(400);
    expect(create.body.errors[0]).toEqual({ path: 'json.password', message });
    const editor = await world.request('GET', '/api/auth/me', {
      token: await world.login('editor'),
    });
    const reset = await world.request('PATCH', `/api/users/${editor.body.id}`, {
      token: admin,
      body: { password: password.replace('Test', 'Editor') },
    });
    expect(reset.status).toBe(400);
    const change = await world.request('POST', '/api/auth/password', {
      token: await world.login('editor'),
      body: { currentPassword: 'Pw-rotide-9', newPassword: password.replace('Test', 'Editor') },
    });
    expect(change.status).toBe(400);
  });

  it('refuses to change a password without the current one', async () => {
    const change = await world.request('POST', '/api/auth/password', {
      token: await world.login('editor'),
      body: { currentPassword: 'wrong', newPassword: 'Brand-new-pw1' },
    });
    expect(change.status).toBe(403);
    expect(change.body.detail).toBe('当前密码不正确');
  });

  it('keeps the last active admin: not deleted, disabled or demoted', async () => {
    const admin = await world.login('admin');
    const other = await world.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'second',
        password: 'Deputy-Chief1',
        agencyId: world.agencies.pinghu,
        role: 'admin',
      },
    });
    const self = (await world.request('GET', '/api/auth/me', { token: admin })).body.id as string;
    const patch = (id: string, body: object) =>
      world.request('PATCH', `/api/users/${id}`, { token: admin, body });
    expect((await patch(other.body.id, { role: 'editor' })).status).toBe(200);
    const demote = await patch(self, { role: 'reviewer' });
    expect(demote.status).toBe(409);
    expect(demote.body.detail).toMatch(/最后一个可用的管理员/);
    expect((await patch(self, { disabled: true })).status).toBe(409);
    expect((await patch(other.body.id, { role: 'admin' })).status).toBe(200);
    expect((await patch(other.body.id, { disabled: true })).status).toBe(200);
    expect((await patch(self, { disabled: true })).status).toBe(409);
    const remove = await world.request('DELETE', `/api/users/${other.body.id}`, { token: admin });
    expect(remove.status).toBe(204);
  });

  it("keeps a deleted user's name on their edits and the name out of reuse", async () => {
    const admin = await world.login('admin');
    const body = {
      username: 'leaver',
      password: 'Gone-soon-1',
      agencyId: world.agencies.jiangnan,
      role: 'editor',
    };
    const user = await world.request('POST', '/api/users', { token: admin, body });
    const token = (await login('leaver', 'Gone-soon-1')).body.token as string;
    const draft = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, year: 2031 },
    });
    expect(draft.status).toBe(201);
    await world.request('DELETE', `/api/users/${user.body.id}`, { token: admin });
    const [first] = await world.repo.listRevisions(draft.body.id);
    expect(first?.username).toBe('leaver');
    expect((await world.request('POST', '/api/users', { token: admin, body })).status).toBe(409);
  });

  it('refuses unknown agencies and non-admins', async () => {
    const admin = await world.login('admin');
    const nowhere = await world.request('POST', '/api/users', {
      token: admin,
      body: { username: 'y', password: 'Long-enough1', agencyId: 'nowhere', role: 'editor' },
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
