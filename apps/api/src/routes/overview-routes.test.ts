import { reportingYear } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('overview and lists within an agency', (kind) => {
  const world = useTestWorld(kind);
  const overview = async (username: string | undefined, year: string) =>
    world.request('GET', `/api/overview?year=${year}`, {
      ...(username ? { token: await world.login(username) } : {}),
    });
  const names = (rows: { agency: { name: string } }[]) => rows.map((row) => row.agency.name);

  it('shows a reviewer every agency in their charge, missing reports included', async () => {
    const reply = await overview('reviewer', '2021');
    expect(reply.status).toBe(200);
    expect(names(reply.body.rows)).toEqual([
      '平湖市人民政府',
      '平湖市独山港经济开发区（独山港镇）',
    ]);
    expect(reply.body.rows[0]).toMatchObject({ report: null, errors: 0, warnings: 0 });
    expect(reply.body.rows[1]).toMatchObject({
      report: { status: 'published', year: 2021 },
      errors: 0,
    });
    expect(reply.body.counts).toMatchObject({ missing: 1, published: 1, draft: 0, withErrors: 0 });
  });

  it("counts errors, checking against last year, for an editor's own agency only", async () => {
    const token = await world.login('jiangnan');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, year: 2023 },
    });
    expect(created.status).toBe(201);
    const reply = await overview('jiangnan', '2023');
    expect(names(reply.body.rows)).toEqual(['江南市人民政府']);
    // An empty 2023 report breaks the carry-over from the published 2022 one, among others.
    expect(reply.body.rows[0].errors).toBeGreaterThan(0);
    expect(reply.body.counts).toMatchObject({ draft: 1, withErrors: 1, missing: 0 });
    expect((await overview('jiangnan', '2022')).body.rows[0]).toMatchObject({
      report: { status: 'published' },
      errors: 0,
    });
  });

  it('shows an admin every agency, and refuses anonymous callers and bad years', async () => {
    expect((await overview('admin', '2022')).body.rows).toHaveLength(3);
    expect((await overview(undefined, '2022')).status).toBe(401);
    const bad = await overview('admin', 'abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.year');
    // Years no format of the template covers are refused, not answered with an empty overview.
    for (const year of ['1950', '2018', '2101']) {
      const outside = await overview('admin', year);
      expect(outside.status).toBe(400);
      expect(outside.body.errors[0].path).toBe('query.year');
    }
  });

  it('lists the reports of an agency and those below it', async () => {
    const token = await world.login('reviewer');
    const within = await world.request('GET', `/api/reports?within=${world.agencies.pinghu}`, {
      token,
    });
    expect(within.body.items.map((r: { agencyId: string }) => r.agencyId)).toEqual([
      world.agencies.dushangang,
    ]);
    const narrowed = await world.request(
      'GET',
      `/api/reports?within=${world.agencies.pinghu}&agencyId=${world.agencies.jiangnan}`,
      { token },
    );
    expect(narrowed.body).toMatchObject({ items: [], total: 0 });
  });

  it('gives each row its deadline and whether it is overdue, and counts the overdue', async () => {
    const reply = await overview('reviewer', '2021');
    const [government, township] = reply.body.rows;
    // Far past 2022: the government without a report is 逾期; the published township is not.
    expect(government).toMatchObject({ deadline: '2022-03-31', overdue: true, report: null });
    expect(government.daysLeft).toBeLessThan(0);
    expect(township).toMatchObject({ deadline: '2022-01-31', daysLeft: null, overdue: false });
    expect(reply.body.counts.overdue).toBe(1);
  });

  it('filters by status and 逾期, sorts 待审核 first, and pages', async () => {
    const token = await world.login('reviewer');
    const get = async (query: string) =>
      (await world.request('GET', `/api/overview?year=2021&${query}`, { token })).body;
    expect(names((await get('status=missing')).rows)).toEqual(['平湖市人民政府']);
    expect(names((await get('overdue=false')).rows)).toEqual([
      '平湖市独山港经济开发区（独山港镇）',
    ]);
    const second = await get('pageSize=1&page=2');
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(names(second.rows)).toEqual(['平湖市独山港经济开发区（独山港镇）']);
    const filtered = await get('status=published');
    expect(filtered.total).toBe(1);
    expect(filtered.counts.missing).toBe(1);
    expect(
      (await world.request('GET', '/api/overview?year=2021&sort=size', { token })).status,
    ).toBe(400);
  });

  it('opens on the year being reported now when none is asked for', async () => {
    const reply = await world.request('GET', '/api/overview', {
      token: await world.login('reviewer'),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.year).toBe(reportingYear(reply.body.today));
  });
});
