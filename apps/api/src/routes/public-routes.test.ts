import { computeTotals, type Report } from '@nianbao/schema';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld, type TestWorld } from '../test-support/test-world.js';

const comment = '表三数字请再核对一遍';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format();

/** A report of the township taken through return, approval and publication by named users. */
async function publishedThroughWorkflow(world: TestWorld, year: number): Promise<string> {
  const editor = await world.login('editor');
  const reviewer = await world.login('reviewer');
  const created = await world.request('POST', '/api/reports', {
    token: editor,
    body: { agencyId: world.agencies.dushangang, year },
  });
  const report = computeTotals({
    ...(created.body.report as Report),
    narrative: { overview: '概述。', problems: '问题。', other: '无。' },
  });
  const id = created.body.id as string;
  await world.request('PUT', `/api/reports/${id}`, {
    token: editor,
    body: report,
    headers: { 'if-match': '"1"' },
  });
  const step = (token: string, action: string, body?: unknown) =>
    world.request('POST', `/api/reports/${id}/${action}`, { token, body });
  await step(editor, 'submit');
  await step(reviewer, 'return', { comment });
  await step(editor, 'submit');
  await step(reviewer, 'approve');
  expect((await step(reviewer, 'publish', { publishedOn: today() })).status).toBe(200);
  return id;
}

describeEachDatabase('public routes', (kind) => {
  const world = useTestWorld(kind);
  let published = '';
  let draft = '';
  let correctionDraft = '';
  let seeded = '';

  beforeAll(async () => {
    published = await publishedThroughWorkflow(world, 2023);
    const editor = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, year: 2024 },
    });
    draft = created.body.id;
    const list = await world.request(
      'GET',
      `/api/public/reports?agency=${world.agencies.dushangang}&year=2021`,
    );
    seeded = list.body.items[0].id;
    const correction = await world.request('POST', `/api/reports/${seeded}/corrections`, {
      token: editor,
      body: { reason: '数字有误。' },
    });
    correctionDraft = correction.body.id;
  });

  it('lists published versions only, with no user, status history or comment in them', async () => {
    const reply = await world.request('GET', '/api/public/reports?pageSize=100');
    expect(reply.status).toBe(200);
    const ids = reply.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(published);
    expect(ids).toContain(seeded);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(correctionDraft);
    expect(Object.keys(reply.body.items[0]).sort()).toEqual(
      ['agency', 'agencyId', 'id', 'isCorrection', 'publishedOn', 'title', 'year'].sort(),
    );
    const text = JSON.stringify(reply.body);
    for (const secret of ['editor', 'reviewer', 'admin', comment, 'updatedBy', 'milestones'])
      expect(text).not.toContain(secret);
  });

  it('filters by year and agency and pages the list', async () => {
    const township = world.agencies.dushangang;
    const byYear = await world.request('GET', `/api/public/reports?year=2023&agency=${township}`);
    expect(byYear.body.items).toMatchObject([
      {
        id: published,
        year: 2023,
        agency: '平湖市独山港经济开发区（独山港镇）',
        title: '平湖市独山港经济开发区（独山港镇）2023年度政府信息公开工作年度报告',
        publishedOn: today(),
        isCorrection: false,
      },
    ]);
    expect(byYear.body.years).toContain(2023);
    expect(byYear.body.agencies).toContainEqual({ id: township, name: expect.any(String) });
    const all = await world.request('GET', '/api/public/reports?pageSize=100');
    const second = await world.request('GET', '/api/public/reports?pageSize=1&page=2');
    expect(second.body.total).toBe(all.body.total);
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([all.body.items[1].id]);
  });

  it('reads a published report without logging in, and nothing that is not published', async () => {
    const reply = await world.request('GET', `/api/public/reports/${published}`);
    expect(reply.status).toBe(200);
    expect(reply.body.report.year).toBe(2023);
    expect(reply.body.correctsId).toBeNull();
    expect(JSON.stringify(reply.body)).not.toContain(comment);
    expect(JSON.stringify(reply.body)).not.toContain('reviewer');
    for (const hidden of [draft, correctionDraft, 'no-such-report']) {
      expect((await world.request('GET', `/api/public/reports/${hidden}`)).status).toBe(404);
      const token = await world.login('admin');
      const signedIn = await world.request('GET', `/api/public/reports/${hidden}`, { token });
      expect(signedIn.status).toBe(404);
    }
  });

  it('downloads a published report under its Chinese name, never a draft', async () => {
    const reply = await world.request('GET', `/api/public/reports/${published}/export?to=pdf`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    const disposition = reply.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe(
      '平湖市独山港经济开发区（独山港镇）2023年度政府信息公开工作年度报告.pdf',
    );
    for (const hidden of [draft, correctionDraft])
      expect(
        (await world.request('GET', `/api/public/reports/${hidden}/export?to=pdf`)).status,
      ).toBe(404);
    const unknown = await world.request('GET', `/api/public/reports/${published}/export?to=odt`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.errors)).toContain('pdf');
  });

  it('lets caches keep public answers five minutes and answers 304 to a matching ETag', async () => {
    for (const path of ['/api/public/reports', `/api/public/reports/${published}`]) {
      const first = await world.request('GET', path);
      expect(first.headers.get('cache-control')).toBe('public, max-age=300');
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^".+"$/);
      const again = await world.request('GET', path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
    }
    const missing = await world.request('GET', `/api/public/reports/${draft}`);
    expect(missing.headers.get('cache-control')).not.toContain('public');
  });

  it('describes every public route in the OpenAPI document', async () => {
    const { paths } = (await world.request('GET', '/api/openapi.json')).body;
    for (const path of [
      '/api/public/reports',
      '/api/public/reports/{id}',
      '/api/public/reports/{id}/export',
      '/api/public/open-data',
      '/api/reports/{id}/export',
      '/api/export-formats',
    ])
      expect(paths[path]?.get, path).toBeDefined();
  });
});
