import { computeTotals, type Report } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './test-support/test-databases.js';
import { useTestWorld } from './test-support/test-world.js';

describeEachDatabase('a year of work, end to end', (kind) => {
  const world = useTestWorld(kind);

  it('logs in, starts from last year, edits, submits; a reviewer approves and publishes', async () => {
    const editor = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, year: 2022, fromPrevious: true },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    // 2021's 现行有效件数 of 行政规范性文件 was 8: it carries over.
    expect(created.body.report.proactive.normativeDocuments.inForce).toBe(8);

    const draft = structuredClone(created.body.report) as Report;
    draft.narrative = {
      overview: '（一）主动公开情况。……',
      problems: '（一）存在的主要问题。……',
      other: '无。',
    };
    const requests = draft.requests as Record<string, Record<string, number>>;
    requests.received = { ...requests.received, natural: 3 };
    requests.granted = { ...requests.granted, natural: 2 };
    const unbalanced = await world.request('PUT', `/api/reports/${id}`, {
      token: editor,
      body: draft,
      headers: { 'if-match': created.headers.get('etag') ?? '' },
    });
    expect(unbalanced.status).toBe(200);
    expect(unbalanced.headers.get('etag')).toBe('"2"');

    const findings = await world.request('GET', `/api/reports/${id}/findings`, { token: editor });
    expect(findings.body.ok).toBe(false);
    expect(findings.body.findings.map((f: { rule: string }) => f.rule)).toContain(
      'requests.balance',
    );
    const refused = await world.request('POST', `/api/reports/${id}/submit`, { token: editor });
    expect(refused.status).toBe(422);
    expect(refused.body.findings.length).toBeGreaterThan(0);

    requests.carriedForward = { ...requests.carriedForward, natural: 1 };
    const fixed = await world.request('PUT', `/api/reports/${id}`, {
      token: editor,
      body: computeTotals(draft),
      headers: { 'if-match': '"2"' },
    });
    expect(fixed.status).toBe(200);
    expect(
      (await world.request('GET', `/api/reports/${id}/findings`, { token: editor })).body.ok,
    ).toBe(true);
    expect(
      (await world.request('POST', `/api/reports/${id}/submit`, { token: editor })).status,
    ).toBe(200);

    const reviewer = await world.login('reviewer');
    const approved = await world.request('POST', `/api/reports/${id}/approve`, { token: reviewer });
    expect(approved.body.status).toBe('approved');
    const published = await world.request('POST', `/api/reports/${id}/publish`, {
      token: reviewer,
    });
    expect(published.status).toBe(200);
    expect(published.body.report.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const anonymous = await world.request('GET', `/api/reports/${id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.status).toBe('published');
    const revisions = await world.request('GET', `/api/reports/${id}/revisions`, {
      token: reviewer,
    });
    expect(revisions.body.map((r: { action: string }) => r.action)).toEqual([
      'createFromPrevious',
      'update',
      'submit',
      'approve',
      'publish',
    ]);
  });
});
