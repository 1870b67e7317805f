import { computeTotals, type Report } from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld, type TestWorld } from '../test-support/test-world.js';

const nameIn = (disposition: string | null): string =>
  decodeURIComponent((disposition ?? '').split("filename*=UTF-8''")[1] ?? '');

/** A second township below 平湖 whose published report has 3 more applications received and granted. */
async function publishSecondUnit(world: TestWorld): Promise<{ id: string; reportId: string }> {
  const admin = await world.login('admin');
  const agency = await world.request('POST', '/api/agencies', {
    token: admin,
    body: { name: '平湖市新仓镇', parentId: world.agencies.pinghu, level: 'township' },
  });
  const list = await world.request(
    'GET',
    `/api/reports?agencyId=${world.agencies.dushangang}&year=2021&status=published`,
    { token: admin },
  );
  const seeded = await world.request('GET', `/api/reports/${list.body.items[0].id}`, {
    token: admin,
  });
  const report = structuredClone(seeded.body.report) as Report;
  const requests = report.requests as Record<string, Record<string, number>>;
  (requests.received as Record<string, number>).natural! += 3;
  (requests.granted as Record<string, number>).natural! += 3;
  const created = await world.request('POST', '/api/reports', {
    token: admin,
    body: { agencyId: agency.body.id, report: computeTotals(report) },
  });
  expect(created.status).toBe(201);
  for (const step of ['submit', 'approve', 'publish'])
    expect(
      (await world.request('POST', `/api/reports/${created.body.id}/${step}`, { token: admin }))
        .status,
    ).toBe(200);
  return { id: agency.body.id as string, reportId: created.body.id as string };
}

describeEachDatabase('roll-up drill-down, units, history, export and new report', (kind) => {
  const world = useTestWorld(kind);
  let second: { id: string; reportId: string };
  let reviewer: string;
  const get = async (path: string) => world.request('GET', path, { token: reviewer });

  beforeAll(async () => {
    second = await publishSecondUnit(world);
    reviewer = await world.login('reviewer');
  });

  it('says which units contribute what to a cell, largest first, with the exact total', async () => {
    const reply = await get(
      `/api/rollup/contributions?year=2021&within=${world.agencies.pinghu}&cell=requests.received.natural`,
    );
    expect(reply.status).toBe(200);
    const [first, next] = reply.body.contributions;
    expect(first).toMatchObject({ agencyId: second.id, name: '平湖市新仓镇' });
    expect(first.value).toBe(next.value + 3);
    expect(next.agencyId).toBe(world.agencies.dushangang);
    expect(reply.body.total).toBe(first.value + next.value);
    expect(reply.body.label).toContain('自然人');
    const sum = await get(`/api/rollup?year=2021&within=${world.agencies.pinghu}`);
    expect(sum.body.requests.received.natural).toBe(reply.body.total);
  });

  it('adds amounts exactly, to the 6th decimal', async () => {
    const reply = await get(
      `/api/rollup/contributions?year=2021&within=${world.agencies.pinghu}&cell=proactive.fees.amount`,
    );
    expect(reply.status).toBe(200);
    const values = reply.body.contributions.map((c: { value: number }) => c.value);
    const exact = values.reduce((s: number, v: number) => s + Math.round(v * 1e6), 0) / 1e6;
    expect(reply.body.total).toBe(exact);
  });

  it('refuses a cell the format does not have, naming it; keeps to the caller’s charge', async () => {
    const bad = await get(
      `/api/rollup/contributions?year=2021&within=${world.agencies.pinghu}&cell=requests.nothing`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('requests.nothing');
    const outside = await get(
      `/api/rollup/contributions?year=2021&within=${world.agencies.jiangnan}&cell=requests.received.natural`,
    );
    expect(outside.status).toBe(403);
    expect((await get('/api/rollup/units?year=2021&within=nobody')).status).toBe(404);
    expect(
      (await world.request('GET', `/api/rollup/units?year=2021&within=${world.agencies.pinghu}`))
        .status,
    ).toBe(401);
  });

  it('lists the included units with their error counts and figures, and the missing ones', async () => {
    const admin = await world.login('admin');
    await world.request('POST', '/api/agencies', {
      token: admin,
      body: { name: '平湖市广陈镇', parentId: world.agencies.pinghu, level: 'township' },
    });
    const reply = await get(`/api/rollup/units?year=2021&within=${world.agencies.pinghu}`);
    expect(reply.status).toBe(200);
    expect(reply.body.included.map((u: { name: string }) => u.name)).toEqual([
      '平湖市独山港经济开发区（独山港镇）',
      '平湖市新仓镇',
    ]);
    expect(reply.body.included[0].errors).toBe(0);
    expect(reply.body.included[1].received).toBe(reply.body.included[0].received + 3);
    expect(reply.body.outcomeLabels).toHaveLength(6);
    expect(reply.body.included[1].outcomes[0]).toBe(reply.body.included[0].outcomes[0] + 3);
    expect(reply.body.missing.map((u: { name: string }) => u.name)).toEqual(['平湖市广陈镇']);
  });

  it('gives the last years’ totals, oldest first, zero where nothing was published', async () => {
    const reply = await get(
      `/api/rollup/history?year=2022&within=${world.agencies.pinghu}&years=3`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.years.map((y: { year: number }) => y.year)).toEqual([2020, 2021, 2022]);
    const [y2020, y2021, y2022] = reply.body.years;
    expect(y2020.included).toBe(0);
    expect(y2021.included).toBe(2);
    expect(y2022.received).toBe(0);
    const units = await get(`/api/rollup/units?year=2021&within=${world.agencies.pinghu}`);
    const received = units.body.included.reduce(
      (s: number, u: { received: number }) => s + u.received,
      0,
    );
    expect(y2021.received).toBe(received);
  });

  it('exports the roll-up to .xlsx with the summed cells and a Chinese file name', async () => {
    const response = await createApp(world.repo).request(
      `/api/rollup?year=2021&within=${world.agencies.pinghu}&to=xlsx`,
      { headers: { authorization: `Bearer ${reviewer}` } },
    );
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition');
    expect(disposition).toMatch(/^attachment; filename="rollup-2021\.xlsx"/);
    expect(nameIn(disposition)).toBe('2021年度平湖市人民政府汇总.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sum = await get(`/api/rollup?year=2021&within=${world.agencies.pinghu}`);
    const numbers = book.worksheets.flatMap((sheet) => {
      const found: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => found.push(cell.value)));
      return found;
    });
    expect(numbers).toContain(sum.body.requests.received.natural);
    expect(numbers).toContain(sum.body.requests.received.total);
    expect(numbers).toContain(sum.body.requests.granted.total);
  }, 30_000);

  it('exports the roll-up to PDF through the render pool', async () => {
    const reply = await get(`/api/rollup?year=2021&within=${world.agencies.pinghu}&to=pdf`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.body.startsWith('%PDF-')).toBe(true);
    expect(nameIn(reply.headers.get('content-disposition'))).toBe('2021年度平湖市人民政府汇总.pdf');
    expect((await get(`/api/rollup?year=2021&within=${world.agencies.pinghu}&to=odt`)).status).toBe(
      400,
    );
  }, 30_000);

  it('starts the office’s own report from the sum the server computes, prose empty', async () => {
    const created = await world.request('POST', '/api/reports', {
      token: reviewer,
      body: { agencyId: world.agencies.pinghu, year: 2021, fromRollup: true },
    });
    expect(created.status).toBe(201);
    const sum = await get(`/api/rollup?year=2021&within=${world.agencies.pinghu}`);
    expect(created.body.status).toBe('draft');
    expect(created.body.report.requests).toEqual(sum.body.requests);
    expect(created.body.report.appeals).toEqual(sum.body.appeals);
    expect(created.body.report.narrative.overview).toBe('');
    expect(created.body.report.rollup).toBeUndefined();
    const revisions = await get(`/api/reports/${created.body.id}/revisions`);
    expect(revisions.body.map((r: { action: string }) => r.action)).toEqual(['createFromRollup']);
  });

  it('lets a reviewer start only their own agency’s report from a roll-up', async () => {
    const below = await world.request('POST', '/api/reports', {
      token: reviewer,
      body: { agencyId: second.id, year: 2022, fromRollup: true },
    });
    expect(below.status).toBe(403);
    const plain = await world.request('POST', '/api/reports', {
      token: reviewer,
      body: { agencyId: world.agencies.pinghu, year: 2022 },
    });
    expect(plain.status).toBe(403);
    const nothing = await world.request('POST', '/api/reports', {
      token: reviewer,
      body: { agencyId: world.agencies.pinghu, year: 2022, fromRollup: true },
    });
    expect(nothing.status).toBe(422);
    expect(nothing.body.detail).toContain('无从汇总');
  });
});
