import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('agency routes', (kind) => {
  const world = useTestWorld(kind);

  it('lists the hierarchy to anyone', async () => {
    const reply = await world.request('GET', '/api/agencies');
    const township = reply.body.find((a: { id: string }) => a.id === world.agencies.dushangang);
    expect(township).toMatchObject({ parentId: world.agencies.pinghu, level: 'township' });
    const one = await world.request('GET', `/api/agencies/${world.agencies.jiangnan}`);
    expect(one.body.name).toBe('江南市人民政府');
    expect((await world.request('GET', '/api/agencies/none')).status).toBe(404);
  });

  it('lets admins create, rename, move and delete agencies, and nobody else', async () => {
    const admin = await world.login('admin');
    const editor = await world.login('editor');
    const body = { name: '平湖市当湖街道', parentId: world.agencies.pinghu, level: 'township' };
    expect((await world.request('POST', '/api/agencies', { body })).status).toBe(401);
    expect((await world.request('POST', '/api/agencies', { token: editor, body })).status).toBe(
      403,
    );
    const created = await world.request('POST', '/api/agencies', { token: admin, body });
    expect(created.status).toBe(201);
    expect((await world.request('POST', '/api/agencies', { token: admin, body })).status).toBe(409);
    const path = `/api/agencies/${created.body.id}`;
    const renamed = await world.request('PATCH', path, {
      token: admin,
      body: { name: '当湖街道' },
    });
    expect(renamed.body).toMatchObject({ name: '当湖街道', parentId: world.agencies.pinghu });
    const cycle = await world.request('PATCH', `/api/agencies/${world.agencies.pinghu}`, {
      token: admin,
      body: { parentId: created.body.id },
    });
    expect(cycle.status).toBe(409);
    expect((await world.request('DELETE', path, { token: admin })).status).toBe(204);
    expect((await world.request('DELETE', path, { token: admin })).status).toBe(404);
  });

  it('refuses to delete an agency that still has reports or children', async () => {
    const admin = await world.login('admin');
    const reply = await world.request('DELETE', `/api/agencies/${world.agencies.pinghu}`, {
      token: admin,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.title).toBe('与当前状态冲突');
  });
});
