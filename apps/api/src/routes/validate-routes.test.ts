import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/${name}`)), 'utf8'),
  );

describeEachDatabase('validate routes', (kind) => {
  const world = useTestWorld(kind);

  it('answers ok for a clean report and names the broken rule otherwise', async () => {
    const clean = await world.request('POST', '/api/validate', {
      body: fixture('2021-pinghu-dushangang.json'),
    });
    expect(clean.status).toBe(200);
    expect(clean.body.ok).toBe(true);
    const broken = await world.request('POST', '/api/validate', {
      body: fixture('broken/requests.balance.json'),
    });
    expect(broken.body.ok).toBe(false);
    expect(broken.body.findings.map((f: { rule: string }) => f.rule)).toContain('requests.balance');
  });

  it('answers 200 with schema findings for any JSON, whatever the content type', async () => {
    for (const rawBody of ['null', '42', '"text"', '[]', '{"format":"1999"}']) {
      const reply = await world.request('POST', '/api/validate', {
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expect(reply.status).toBe(200);
      expect(reply.body.findings[0].rule).toBe('schema');
    }
    const plain = await world.request('POST', '/api/validate', { rawBody: '{}' });
    expect(plain.status).toBe(200);
    expect(plain.body.ok).toBe(false);
  });

  it('answers 400 problem+json for a body that is not JSON', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, {}] as Record<
      string,
      string
    >[]) {
      const reply = await world.request('POST', '/api/validate', {
        rawBody: '{"format":',
        headers,
      });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(reply.body).toMatchObject({ status: 400, title: '请求有误' });
    }
  });

  it('answers 413 for a body over 1 MB', async () => {
    const rawBody = JSON.stringify({ narrative: { overview: '年'.repeat(400_000) } });
    const reply = await world.request('POST', '/api/validate', {
      rawBody,
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.detail).toBe('请求体超过 1 MB 上限');
  });

  it('checks a stored report against the same agency’s report of the year before', async () => {
    const list = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.jiangnan}&year=2022`,
    );
    const reply = await world.request('GET', `/api/reports/${list.body.items[0].id}/findings`);
    expect(reply.status).toBe(200);
    expect(
      reply.body.findings.some((f: { rule: string }) => f.rule === 'crossYear.carriedOver'),
    ).toBe(false);
    const token = await world.login('jiangnan');
    const stored = await world.request('GET', `/api/reports/${list.body.items[0].id}`);
    const copy = structuredClone(stored.body.report);
    copy.year = 2023;
    delete copy.publishedOn;
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, report: copy },
    });
    const findings = await world.request('GET', `/api/reports/${created.body.id}/findings`, {
      token,
    });
    // 2022's 上年结转 copied into 2023 no longer matches 2022's 结转下年度.
    expect(findings.body.findings.map((f: { rule: string }) => f.rule)).toContain(
      'crossYear.carriedOver',
    );
  });
});
