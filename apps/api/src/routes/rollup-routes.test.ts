import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('roll-up (汇总) of the reports within an agency', (kind) => {
  const world = useTestWorld(kind);
  const rollup = async (username: string | undefined, query: string) =>
    world.request('GET', `/api/rollup?${query}`, {
      ...(username ? { token: await world.login(username) } : {}),
    });

  it('sums the published reports below the agency and lists those that have none', async () => {
    const admin = await world.login('admin');
    const added = await world.request('POST', '/api/agencies', {
      token: admin,
      body: { name: '平湖市新埭镇', parentId: world.agencies.pinghu, level: 'township' },
    });
    expect(added.status).toBe(201);
    // A draft is not the year's standing report: the unit still counts as missing.
    const draft = await world.request('POST', '/api/reports', {
      token: admin,
      body: { agencyId: added.body.id, year: 2021 },
    });
    expect(draft.status).toBe(201);

    const reply = await rollup('reviewer', `year=2021&within=${world.agencies.pinghu}`);
    expect(reply.status).toBe(200);
    const reports = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.dushangang}`,
      {
        token: admin,
      },
    );
    const published = reports.body.items.find((r: { status: string }) => r.status === 'published');
    const unit = await world.request('GET', `/api/reports/${published.id}`, { token: admin });
    expect(reply.body.agency.name).toBe('平湖市人民政府');
    expect(reply.body.year).toBe(2021);
    expect(reply.body.requests).toEqual(unit.body.report.requests);
    expect(reply.body.proactive).toEqual(unit.body.report.proactive);
    expect(reply.body.rollup).toEqual({
      included: [{ agency: '平湖市独山港经济开发区（独山港镇）', reportId: published.id }],
      missing: ['平湖市新埭镇'],
    });
    const checked = await world.request('POST', '/api/validate', { body: reply.body });
    expect(checked.body.ok).toBe(true);
  });

  it('finds the summing agency by name too', async () => {
    const reply = await rollup(
      'reviewer',
      `year=2021&within=${encodeURIComponent('平湖市人民政府')}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.rollup.included).toHaveLength(1);
  });

  it('refuses agencies outside the caller’s charge, unknown ones, and anonymous callers', async () => {
    expect((await rollup('reviewer', `year=2022&within=${world.agencies.jiangnan}`)).status).toBe(
      403,
    );
    const unknown = await rollup('reviewer', 'year=2022&within=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('nobody');
    expect((await rollup(undefined, `year=2022&within=${world.agencies.pinghu}`)).status).toBe(401);
    expect((await rollup('reviewer', `year=abc&within=${world.agencies.pinghu}`)).status).toBe(400);
  });
});
