import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('revision routes', (kind) => {
  const world = useTestWorld(kind);

  it('lists, reads and compares revisions by their changed cells', async () => {
    const token = await world.login('jiangnan');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, year: 2023, fromPrevious: true },
    });
    const path = `/api/reports/${created.body.id}`;
    const report = structuredClone(created.body.report);
    report.requests.received.natural = 7;
    report.appeals.review.upheld = 1;
    await world.request('PUT', path, { token, body: report, headers: { 'if-match': '"1"' } });
    // Another person's save starts a new revision; the same person's would join the last one.
    report.narrative.other = '无。';
    await world.request('PUT', path, {
      token: await world.login('admin'),
      body: report,
      headers: { 'if-match': '"2"' },
    });

    const revisions = await world.request('GET', `${path}/revisions`, { token });
    expect(
      revisions.body.map((r: { number: number; changes: string[] }) => [r.number, r.changes]),
    ).toEqual([
      [1, []],
      [2, ['requests.received.natural', 'appeals.review.upheld']],
      [3, ['narrative.other']],
    ]);
    const me = await world.request('GET', '/api/auth/me', { token });
    expect(revisions.body[1]).toMatchObject({ userId: me.body.id, username: 'jiangnan' });

    const first = await world.request('GET', `${path}/revisions/1`, { token });
    expect(first.body.report.requests.received.natural).toBe(0);
    expect((await world.request('GET', `${path}/revisions/9`, { token })).status).toBe(404);
    expect((await world.request('GET', `${path}/revisions/x`, { token })).status).toBe(400);

    const latest = await world.request('GET', `${path}/compare`, { token });
    expect(latest.body).toMatchObject({ from: 2, to: 3 });
    const whole = await world.request('GET', `${path}/compare?from=1&to=3`, { token });
    expect(whole.body.changes).toEqual([
      // Started from last year: its prose was copied.
      { path: 'narrative.other', before: '本年度共收取信息处理费0元。', after: '无。' },
      { path: 'requests.received.natural', before: 0, after: 7 },
      { path: 'appeals.review.upheld', before: 0, after: 1 },
    ]);
  });

  it('hides the history of a draft from anonymous callers', async () => {
    const drafts = await world.request('GET', '/api/reports?status=draft', {
      token: await world.login('jiangnan'),
    });
    expect(drafts.body.items.length).toBeGreaterThan(0);
    const path = `/api/reports/${drafts.body.items[0].id}`;
    expect((await world.request('GET', `${path}/revisions`)).status).toBe(404);
    expect((await world.request('GET', `${path}/compare`)).status).toBe(404);
  });
});
