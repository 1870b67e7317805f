import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('问题清单 generation and the office and unit views', (kind) => {
  const world = useTestWorld(kind);
  const year = 2030;
  const generate = async (username: string, within: string) =>
    world.request('POST', '/api/problem-lists', {
      token: await world.login(username),
      body: { year, within },
    });
  const lists = async () =>
    world.request('GET', `/api/problem-lists?year=${year}&within=${world.agencies.pinghu}`, {
      token: await world.login('reviewer'),
    });

  it('lists each unit’s unaccepted findings and missing reports, once however often generated', async () => {
    const admin = await world.login('admin');
    const added = await world.request('POST', '/api/agencies', {
      token: admin,
      body: { name: '平湖市新埭镇', parentId: world.agencies.pinghu, level: 'township' },
    });
    // An empty draft: its prose sections are empty, each a warning nobody accepted.
    await world.request('POST', '/api/reports', {
      token: await world.login('editor'),
      body: { agencyId: world.agencies.dushangang, year },
    });
    const first = await generate('reviewer', world.agencies.pinghu);
    expect(first.status).toBe(200);
    expect(first.body.units).toBe(2);
    expect(first.body.added).toBeGreaterThan(1);
    const again = await generate('reviewer', '平湖市人民政府');
    expect(again.body).toEqual({ units: 2, added: 0, kept: first.body.added });

    const reply = await lists();
    expect(reply.status).toBe(200);
    expect(reply.body.office.id).toBe(world.agencies.pinghu);
    const byName = new Map(
      reply.body.rows.map((row: { agency: { name: string } }) => [row.agency.name, row]),
    );
    const township = byName.get('平湖市新埭镇') as { agency: { id: string }; items: unknown[] };
    expect(township.agency.id).toBe(added.body.id);
    expect(township.items).toMatchObject([
      { source: { kind: 'missing' }, text: `未报送${year}年度报告`, status: 'open' },
    ]);
    expect(reply.body.counts).toEqual({ open: first.body.added, rectified: 0, verified: 0 });
  });

  it('shows a unit its own items only, with who issued them', async () => {
    const mine = await world.request('GET', `/api/problem-lists/mine?year=${year}`, {
      token: await world.login('editor'),
    });
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    for (const item of mine.body.items) {
      expect(item.agencyId).toBe(world.agencies.dushangang);
      expect(item).toMatchObject({ issuerName: '平湖市人民政府', statusName: '待整改' });
      expect(item.steps).toMatchObject([{ action: 'generate', userName: 'reviewer' }]);
    }
  });

  it('does not reopen a verified item when generated again', async () => {
    const [item] = (
      await world.request('GET', `/api/problem-lists/mine?year=${year}`, {
        token: await world.login('editor'),
      })
    ).body.items;
    await world.request('POST', `/api/problem-items/${item.id}/rectify`, {
      token: await world.login('editor'),
      body: { note: '已补写' },
    });
    await world.request('POST', `/api/problem-items/${item.id}/review`, {
      token: await world.login('reviewer'),
      body: { verdict: 'verified' },
    });
    // The draft still has the finding: generation must leave the verified item alone.
    expect((await generate('reviewer', world.agencies.pinghu)).body.added).toBe(0);
    const after = await lists();
    const rows = after.body.rows.flatMap((row: { items: { id: string }[] }) => row.items);
    expect(rows.find((i: { id: string }) => i.id === item.id)).toMatchObject({
      status: 'verified',
    });
  });

  it('refuses editors, offices outside the caller’s charge, unknown offices and anonymous callers', async () => {
    expect((await generate('editor', world.agencies.dushangang)).status).toBe(403);
    expect((await generate('reviewer', world.agencies.jiangnan)).status).toBe(403);
    expect((await generate('reviewer', 'no-such-office')).status).toBe(404);
    const listed = await world.request(
      'GET',
      `/api/problem-lists?year=${year}&within=${world.agencies.jiangnan}`,
      { token: await world.login('reviewer') },
    );
    expect(listed.status).toBe(403);
    const anonymous = await world.request('POST', '/api/problem-lists', {
      body: { year, within: world.agencies.pinghu },
    });
    expect(anonymous.status).toBe(401);
  });

  it('records each generation in the audit log', async () => {
    const log = await world.request('GET', '/api/audit?action=problems.generate', {
      token: await world.login('admin'),
    });
    expect(log.body.items.length).toBeGreaterThanOrEqual(2);
    expect(log.body.items[0]).toMatchObject({
      target: world.agencies.pinghu,
      userName: 'reviewer',
    });
  });
});
