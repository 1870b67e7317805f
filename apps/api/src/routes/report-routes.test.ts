import { acceptWarning, validate } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('report routes', (kind) => {
  const world = useTestWorld(kind);

  const createDraft = async (body: Record<string, unknown>) => {
    const token = await world.login('editor');
    return world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, ...body },
    });
  };

  it('lists published reports to anyone, filtered and paginated', async () => {
    const all = await world.request('GET', '/api/reports');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    const jiangnan = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.jiangnan}&year=2022&status=published`,
    );
    expect(jiangnan.body.items.map((r: { year: number }) => r.year)).toEqual([2022]);
    const second = await world.request('GET', '/api/reports?page=2&pageSize=2');
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0]).not.toHaveProperty('report');
  });

  it('lists nothing, rather than refusing, for a year no format covers', async () => {
    // The editor asks for last year's report of a first-format (2019) report: 2018.
    const reply = await world.request('GET', '/api/reports?year=2018');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ total: 0, items: [] });
  });

  it('answers 400 with the offending fields for bad query parameters', async () => {
    const reply = await world.request('GET', '/api/reports?page=0&status=lost');
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'query.page',
      'query.status',
    ]);
  });

  it('creates an empty draft, refuses a second one for the same year, and deletes it', async () => {
    const created = await createDraft({ year: 2023 });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/reports/${created.body.id}`);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, year: 2023 });
    expect(created.body.report.agency.name).toBe('平湖市独山港经济开发区（独山港镇）');
    expect((await createDraft({ year: 2023 })).status).toBe(409);
    const token = await world.login('editor');
    const gone = await world.request('DELETE', `/api/reports/${created.body.id}`, { token });
    expect(gone.status).toBe(204);
    expect((await world.request('GET', `/api/reports/${created.body.id}`, { token })).status).toBe(
      404,
    );
  });

  it('refuses fromPrevious when last year has no report, and a year without a format', async () => {
    expect((await createDraft({ year: 2030, fromPrevious: true })).status).toBe(422);
    const outside = await createDraft({ year: 2010 });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0].path).toBe('json.year');
    expect((await createDraft({})).status).toBe(400);
  });

  it('imports a complete report and refuses one with structural problems', async () => {
    const source = await world.request('GET', '/api/reports?year=2021');
    const published = await world.request('GET', `/api/reports/${source.body.items[0].id}`);
    const imported = await createDraft({
      report: { ...published.body.report, year: 2024, publishedOn: undefined },
    });
    expect(imported.status).toBe(201);
    expect(imported.body.year).toBe(2024);
    const broken = await createDraft({ report: { format: '2021', year: 2025 } });
    expect(broken.status).toBe(422);
    expect(broken.body.errors.length).toBeGreaterThan(0);
  });

  it('saves with If-Match, answers 428 without it, 409 when stale, and 422 for a broken body', async () => {
    const created = await createDraft({ year: 2026 });
    const token = await world.login('editor');
    const path = `/api/reports/${created.body.id}`;
    const report = {
      ...created.body.report,
      narrative: { overview: '概述', problems: '', other: '无。' },
    };
    expect((await world.request('PUT', path, { token, body: report })).status).toBe(428);
    const saved = await world.request('PUT', path, {
      token,
      body: report,
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await world.request('PUT', path, {
      token,
      body: report,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const broken = await world.request('PUT', path, {
      token,
      body: { ...report, requests: 'none' },
      headers: { 'if-match': '"2"' },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].path).toBe('requests');
    const fetched = await world.request('GET', path, { token });
    expect(fetched.headers.get('etag')).toBe('"2"');
    expect(fetched.body.report.narrative.overview).toBe('概述');
  });

  it('signs an accepted warning with the session’s user, and drops it when its cell changes', async () => {
    const created = await createDraft({ year: 2027 });
    const token = await world.login('editor');
    const path = `/api/reports/${created.body.id}`;
    const empty = { ...created.body.report, narrative: { overview: '', problems: '', other: '' } };
    const [finding] = validate(empty);
    const accepted = acceptWarning(empty, finding!, {
      reason: '理由',
      by: 'admin',
      at: '2028-01-02T03:04:05Z',
    });
    const saved = await world.request('PUT', path, {
      token,
      body: accepted,
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.report.accepted).toMatchObject([{ by: 'editor', reason: '理由' }]);
    const edited = { ...saved.body.report, narrative: { ...empty.narrative, overview: '改了' } };
    const again = await world.request('PUT', path, {
      token,
      body: edited,
      headers: { 'if-match': '"2"' },
    });
    expect(again.body.report).not.toHaveProperty('accepted');
  });

  it('keeps the year, agency and format of the record whatever a PUT body claims', async () => {
    const created = await createDraft({ year: 2028 });
    const token = await world.login('editor');
    const path = `/api/reports/${created.body.id}`;
    const otherAgency = await world.request('PUT', path, {
      token,
      body: { ...created.body.report, agency: { name: '江南市人民政府', level: 'city' } },
      headers: { 'if-match': '"1"' },
    });
    expect(otherAgency.status).toBe(200);
    expect(otherAgency.body.report.agency).toEqual(created.body.report.agency);
    const otherYear = await world.request('PUT', path, {
      token,
      body: { ...created.body.report, year: 2027, publishedOn: '2000-01-01' },
      headers: { 'if-match': '"2"' },
    });
    expect(otherYear.status).toBe(200);
    const stored = (await world.request('GET', path, { token })).body;
    expect(stored.year).toBe(2028);
    expect(stored.report).toMatchObject({ year: 2028, format: created.body.report.format });
    expect(stored.report).not.toHaveProperty('publishedOn');
  });

  it('files an imported report JSON under the chosen agency, without a publication date', async () => {
    const source = await world.request('GET', '/api/reports?year=2022');
    const published = await world.request('GET', `/api/reports/${source.body.items[0].id}`);
    const imported = await createDraft({ report: { ...published.body.report, year: 2029 } });
    expect(imported.status).toBe(201);
    expect(imported.body.report.agency.name).toBe('平湖市独山港经济开发区（独山港镇）');
    expect(imported.body.report).not.toHaveProperty('publishedOn');
  });

  it('never changes or deletes a published report', async () => {
    const token = await world.login('editor');
    const list = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.dushangang}&year=2021`,
    );
    const path = `/api/reports/${list.body.items[0].id}`;
    const current = await world.request('GET', path);
    const put = await world.request('PUT', path, {
      token,
      body: current.body.report,
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(put.status).toBe(409);
    expect(put.body.detail).toContain('更正');
    expect((await world.request('DELETE', path, { token })).status).toBe(409);
  });
});
