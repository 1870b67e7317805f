import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('pdf route', (kind) => {
  const world = useTestWorld(kind);

  it('serves a published report as a PDF to anyone', async () => {
    const list = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.dushangang}&year=2021`,
    );
    const reply = await world.request('GET', `/api/reports/${list.body.items[0].id}/pdf`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.body.startsWith('%PDF-')).toBe(true);
    const disposition = reply.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/filename="report-2021\.pdf"/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe(
      '平湖市独山港经济开发区（独山港镇）2021年度政府信息公开工作年度报告.pdf',
    );
  });

  it('names a correction’s PDF （更正）', async () => {
    const list = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.dushangang}&year=2021`,
    );
    const correction = await world.request(
      'POST',
      `/api/reports/${list.body.items[0].id}/corrections`,
      { token: await world.login('editor'), body: { reason: '数字有误。' } },
    );
    const reply = await world.request('GET', `/api/reports/${correction.body.id}/pdf`, {
      token: await world.login('editor'),
    });
    expect(reply.status).toBe(200);
    const disposition = reply.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe(
      '平湖市独山港经济开发区（独山港镇）2021年度政府信息公开工作年度报告（更正）.pdf',
    );
  });

  it('refuses a draft with errors unless forced, and hides drafts from anonymous callers', async () => {
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
    const path = `/api/reports/${created.body.id}/pdf`;
    expect((await world.request('GET', path)).status).toBe(404);
    const refused = await world.request('GET', path, { token });
    expect(refused.status).toBe(422);
    expect(refused.body.findings.length).toBeGreaterThan(0);
    const forced = await world.request('GET', `${path}?force=true`, { token });
    expect(forced.status).toBe(200);
    expect(forced.headers.get('content-type')).toBe('application/pdf');
  });
});
