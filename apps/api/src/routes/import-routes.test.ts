import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReport } from '@nianbao/pdf';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const published = (name: string): string =>
  readFileSync(
    fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/published/${name}`)),
    'utf8',
  );

describeEachDatabase('import route', (kind) => {
  const world = useTestWorld(kind);
  const asText = { 'content-type': 'text/plain; charset=utf-8' };

  it('refuses a report of an agency outside the caller’s charge, naming the agency', async () => {
    const rawBody = published('2019-shanghai-govoffice.txt');
    const foreign = await world.request('POST', '/api/import', {
      token: await world.login('editor'),
      rawBody,
      headers: asText,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({
      agency: '上海市人民政府办公厅',
      errors: [{ path: 'agency' }],
    });
    const neighbour = await world.request('POST', '/api/import', {
      token: await world.login('jiangnan'),
      rawBody: published('2021-pinghu-dushangang.txt'),
      headers: asText,
    });
    expect(neighbour.status).toBe(422);
    expect(neighbour.body.errors[0].path).toBe('agency');
  });

  it('uses another body’s report as the starting point of the caller’s own, saying so', async () => {
    const token = await world.login('editor');
    const reply = await world.request('POST', '/api/import?asStartingPoint=true', {
      token,
      rawBody: published('2019-shanghai-govoffice.txt'),
      headers: asText,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.report.narrative.overview).toMatch(
      /^（本稿参照上海市人民政府办公厅2019年度报告导入/,
    );
    expect(reply.headers.get('location')).toBe(`/api/reports/${reply.body.id}`);
    expect(reply.body).toMatchObject({
      agencyId: world.agencies.dushangang,
      year: 2019,
      status: 'draft',
    });
    expect(reply.body.report.format).toBe('2019');
    expect(reply.body.report.agency.name).toBe('平湖市独山港经济开发区（独山港镇）');
    expect(reply.body.report.requests.received).toMatchObject({
      natural: 821,
      commercial: 35,
      total: 859,
    });
    const rules = new Set(reply.body.findings.map((f: { rule: string }) => f.rule));
    expect(rules).toContain('import.blank');
    expect(rules).toContain('requests.rowTotal');
    const stored = await world.request('GET', `/api/reports/${reply.body.id}`, { token });
    expect(stored.body.report).toEqual(reply.body.report);
  });

  it('takes the content as JSON too, as the browser editor sends it', async () => {
    const token = await world.login('admin');
    const reply = await world.request('POST', '/api/import?asStartingPoint=true', {
      token,
      body: { content: published('2019-shanghai-govoffice.txt'), kind: 'text' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.report.requests.handledTotal.total).toBe(805);
    const wrong = await world.request('POST', '/api/import', { token, body: { content: 5 } });
    expect(wrong.status).toBe(400);
  });

  it('takes files larger than a report (a 3 MB page) and refuses past 30 MB with 413', async () => {
    const token = await world.login('admin');
    const padding = `<!-- ${'填'.repeat(1_000_000)} -->`;
    const large = await world.request('POST', '/api/import', {
      token,
      rawBody: `${published('2021-pinghu-dushangang.txt')}\n${padding}`,
      headers: asText,
    });
    expect(large.status).not.toBe(413);
    const huge = await world.request('POST', '/api/import', {
      token,
      rawBody: 'x'.repeat(31 * 1024 * 1024),
      headers: asText,
    });
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toContain('30 MB');
  });

  it('reads a PDF or refuses an old .doc sent as base64, with a result that says why', async () => {
    const token = await world.login('admin');
    const fixture = fileURLToPath(
      import.meta.resolve('@nianbao/schema/fixtures/2019-shanghai-govoffice.json'),
    );
    const source = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
    const pdf = Buffer.from(await renderReport(source, { force: true })).toString('base64');
    // Another year than the JSON test's, which already made the 2019 draft.
    const reply = await world.request('POST', '/api/import?asStartingPoint=true&year=2020', {
      token,
      body: { content: pdf, kind: 'pdf', name: '年报.pdf' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.report.requests).toEqual(source.requests);
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('base64');
    const old = await world.request('POST', '/api/import', {
      token,
      body: { content: doc, kind: 'doc', name: '年报.doc' },
    });
    expect(old.status).toBe(422);
    expect(old.body.detail).toContain('.docx');
  }, 30_000);

  it('answers 409 when the agency already has that year’s report', async () => {
    const token = await world.login('editor');
    const reply = await world.request('POST', '/api/import', {
      token,
      rawBody: published('2021-pinghu-dushangang.txt'),
      headers: asText,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.existingId).toEqual(expect.any(String));
  });

  it('needs a login and the right to edit the agency', async () => {
    const rawBody = published('2019-shanghai-govoffice.txt');
    expect((await world.request('POST', '/api/import', { rawBody, headers: asText })).status).toBe(
      401,
    );
    const token = await world.login('jiangnan');
    const reply = await world.request(
      'POST',
      `/api/import?agencyId=${world.agencies.dushangang}&asStartingPoint=true`,
      { token, rawBody, headers: asText },
    );
    expect(reply.status).toBe(403);
  });

  it('answers 400 for an empty body and 422 for text that holds no report', async () => {
    const token = await world.login('editor');
    const empty = await world.request('POST', '/api/import', {
      token,
      rawBody: '  ',
      headers: asText,
    });
    expect(empty.status).toBe(400);
    const html = { 'content-type': 'text/html' };
    const none = await world.request('POST', '/api/import', {
      token,
      rawBody: '<html><body><p>通知公告</p></body></html>',
      headers: html,
    });
    expect(none.status).toBe(422);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
