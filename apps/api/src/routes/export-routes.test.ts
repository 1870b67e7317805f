import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const nameIn = (disposition: string | null): string =>
  decodeURIComponent((disposition ?? '').split("filename*=UTF-8''")[1] ?? '');

describeEachDatabase('export route', (kind) => {
  const world = useTestWorld(kind);
  const seeded = async () =>
    (
      await world.request(
        'GET',
        `/api/reports?agencyId=${world.agencies.dushangang}&year=2021&status=published`,
      )
    ).body.items[0].id as string;

  it('lists the formats with their labels and extensions', async () => {
    const reply = await world.request('GET', '/api/export-formats');
    expect(reply.status).toBe(200);
    expect(reply.body).toContainEqual({
      id: 'pdf',
      label: 'PDF 文档',
      extension: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  it('exports a published report to anyone, as an attachment with its Chinese name', async () => {
    const reply = await world.request('GET', `/api/reports/${await seeded()}/export?to=pdf`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.body.startsWith('%PDF-')).toBe(true);
    const disposition = reply.headers.get('content-disposition');
    expect(disposition).toMatch(/^attachment; filename="report-2021\.pdf"/);
    expect(nameIn(disposition)).toBe(
      '平湖市独山港经济开发区（独山港镇）2021年度政府信息公开工作年度报告.pdf',
    );
  });

  it('names a correction （更正） and hides it from anonymous callers while it is a draft', async () => {
    const token = await world.login('editor');
    const correction = await world.request('POST', `/api/reports/${await seeded()}/corrections`, {
      token,
      body: { reason: '数字有误。' },
    });
    const path = `/api/reports/${correction.body.id}/export?to=pdf`;
    expect((await world.request('GET', path)).status).toBe(404);
    const reply = await world.request('GET', path, { token });
    expect(reply.status).toBe(200);
    expect(nameIn(reply.headers.get('content-disposition'))).toBe(
      '平湖市独山港经济开发区（独山港镇）2021年度政府信息公开工作年度报告（更正）.pdf',
    );
  });

  it('refuses an unknown format, naming the accepted ones', async () => {
    const reply = await world.request('GET', `/api/reports/${await seeded()}/export?to=odt`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { path: 'query.to', message: expect.stringContaining('pdf') },
    ]);
    const missing = await world.request('GET', `/api/reports/${await seeded()}/export`);
    expect(missing.status).toBe(400);
  });

  it('refuses to export a draft that has errors', async () => {
    const token = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2022 },
    });
    const report = structuredClone(created.body.report);
    report.requests.received.natural = 1;
    await world.request('PUT', `/api/reports/${created.body.id}`, {
      token,
      body: report,
      headers: { 'if-match': '"1"' },
    });
    const reply = await world.request('GET', `/api/reports/${created.body.id}/export?to=pdf`, {
      token,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.findings.length).toBeGreaterThan(0);
  });
});
