import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('audit routes', (kind) => {
  const world = useTestWorld(kind);
  const entries = async (query = '') =>
    (
      await world.request('GET', `/api/audit?pageSize=500${query}`, {
        token: await world.login('admin'),
      })
    ).body.items as {
      action: string;
      userName: string | null;
      address: string;
      target: string | null;
    }[];

  it('records logins, failed logins with the name tried and the address, and logouts', async () => {
    await world.request('POST', '/api/auth/login', {
      body: { username: 'nobody', password: 'guess' },
      address: '10.2.0.1',
    });
    const login = await world.request('POST', '/api/auth/login', {
      body: { username: 'editor', password: passwordOf('editor') },
      address: '10.2.0.2',
    });
    await world.request('POST', '/api/auth/logout', {
      token: login.body.token,
      address: '10.2.0.2',
    });
    const found = await entries();
    expect(found).toContainEqual(
      expect.objectContaining({ action: 'login.failure', userName: 'nobody', address: '10.2.0.1' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ action: 'login.success', userName: 'editor', address: '10.2.0.2' }),
    );
    expect(found).toContainEqual(expect.objectContaining({ action: 'logout', userName: 'editor' }));
  });

  it('records account and agency changes, workflow steps and deletions, keeping history', async () => {
    const admin = await world.login('admin');
    const agency = await world.request('POST', '/api/agencies', {
      token: admin,
      body: { name: '审计测试局', parentId: world.agencies.pinghu },
    });
    const user = await world.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'auditee',
        password: 'Audit-me-1',
        agencyId: agency.body.id,
        role: 'editor',
      },
    });
    const token = await world.login('editor');
    const draft = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2029 },
    });
    await world.request('DELETE', `/api/reports/${draft.body.id}`, { token });
    await world.request('DELETE', `/api/users/${user.body.id}`, { token: admin });
    const found = await entries();
    for (const [action, target] of [
      ['agency.create', agency.body.id],
      ['user.create', user.body.id],
      ['user.delete', user.body.id],
      ['report.create', draft.body.id],
      ['report.delete', draft.body.id],
    ])
      expect(found).toContainEqual(expect.objectContaining({ action, target }));
    expect((await world.repo.listRevisions(draft.body.id)).length).toBeGreaterThan(0);
    expect(found.filter((entry) => entry.action.startsWith('GET'))).toEqual([]);
  });

  it('filters by user and action, verifies the chain and exports CSV; admins only', async () => {
    const admin = await world.login('admin');
    const editorOnly = await entries('&user=editor&action=login.success');
    expect(editorOnly.length).toBeGreaterThan(0);
    expect(new Set(editorOnly.map((entry) => `${entry.userName} ${entry.action}`))).toEqual(
      new Set(['editor login.success']),
    );
    expect(await entries('&from=2999-01-01')).toEqual([]);
    const verify = await world.request('GET', '/api/audit/verify', { token: admin });
    expect(verify.body).toMatchObject({ intact: true });
    expect(verify.body.count).toBeGreaterThan(5);
    const csv = await world.request('GET', '/api/audit?format=csv&action=login.failure', {
      token: admin,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toMatch(/^"序号","时间"/);
    expect(csv.body).toContain('"nobody"');
    for (const actor of ['editor', 'reviewer']) {
      const token = await world.login(actor);
      expect((await world.request('GET', '/api/audit', { token })).status).toBe(403);
      expect((await world.request('GET', '/api/audit/verify', { token })).status).toBe(403);
    }
    expect((await world.request('GET', '/api/audit')).status).toBe(401);
    expect((await world.request('DELETE', '/api/audit', { token: admin })).status).toBe(404);
  });
});
