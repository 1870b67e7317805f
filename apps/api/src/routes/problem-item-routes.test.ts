import { expect, it } from 'vitest';
import { problemStatusNames } from '../problems/problem-workflow.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('整改 and 复核 of 问题清单 items', (kind) => {
  const world = useTestWorld(kind);
  const drafts = new Map<number, string>();

  /** The ids of the township's open items of `year`, generated from an empty draft once. */
  const openItems = async (year: number): Promise<string[]> => {
    if (!drafts.has(year)) {
      const created = await world.request('POST', '/api/reports', {
        token: await world.login('editor'),
        body: { agencyId: world.agencies.dushangang, year },
      });
      drafts.set(year, created.body.id);
      await world.request('POST', '/api/problem-lists', {
        token: await world.login('reviewer'),
        body: { year, within: world.agencies.pinghu },
      });
    }
    const mine = await world.request('GET', `/api/problem-lists/mine?year=${year}`, {
      token: await world.login('editor'),
    });
    return mine.body.items
      .filter((item: { status: string }) => item.status === 'open')
      .map((item: { id: string }) => item.id);
  };
  const rectify = async (id: string, body: object = { note: '已补写总体情况' }, as = 'editor') =>
    world.request('POST', `/api/problem-items/${id}/rectify`, {
      token: await world.login(as),
      body,
    });
  const review = async (id: string, body: object, as = 'reviewer') =>
    world.request('POST', `/api/problem-items/${id}/review`, {
      token: await world.login(as),
      body,
    });

  it('goes open → rectified → open → rectified → verified, keeping who, when and each note', async () => {
    const [id = ''] = await openItems(2031);
    const draftId = drafts.get(2031);
    const rectified = await rectify(id, { note: '已补写总体情况', reportId: draftId });
    expect(rectified.status).toBe(200);
    expect(rectified.body).toMatchObject({
      status: 'rectified',
      statusName: problemStatusNames.rectified,
      rectifiedReportId: draftId,
    });
    const reopened = await review(id, { verdict: 'reopened', note: '仍未写明公开平台情况' });
    expect(reopened.body.status).toBe('open');
    await rectify(id, { note: '再次补写' });
    const verified = await review(id, { verdict: 'verified', note: '复核通过' });
    expect(verified.status).toBe(200);
    expect(
      verified.body.steps.map(
        (s: { action: string; status: string; userName: string; note: string | null }) => [
          s.action,
          s.status,
          s.userName,
          s.note,
        ],
      ),
    ).toEqual([
      ['generate', 'open', 'reviewer', null],
      ['rectify', 'rectified', 'editor', '已补写总体情况'],
      ['reopen', 'open', 'reviewer', '仍未写明公开平台情况'],
      ['rectify', 'rectified', 'editor', '再次补写'],
      ['verify', 'verified', 'reviewer', '复核通过'],
    ]);
    const log = await world.request('GET', '/api/audit?pageSize=500', {
      token: await world.login('admin'),
    });
    const actions = log.body.items
      .filter((entry: { target: string }) => entry.target === id)
      .map((entry: { action: string }) => entry.action);
    expect(actions).toEqual([
      'problem.verify',
      'problem.rectify',
      'problem.reopen',
      'problem.rectify',
    ]);
  });

  it('answers 409 with the reason for every step the item’s status does not allow', async () => {
    const [open = '', rectified = '', verified = ''] = await openItems(2032);
    await rectify(rectified);
    await rectify(verified);
    await review(verified, { verdict: 'verified' });
    const illegal = [
      [open, () => review(open, { verdict: 'verified' }), '待整改', '复核通过'],
      [open, () => review(open, { verdict: 'reopened', note: '不通过' }), '待整改', '复核不通过'],
      [rectified, () => rectify(rectified), '已整改待复核', '标记已整改'],
      [verified, () => rectify(verified), '复核通过', '标记已整改'],
      [verified, () => review(verified, { verdict: 'verified' }), '复核通过', '复核通过'],
      [
        verified,
        () => review(verified, { verdict: 'reopened', note: '再看' }),
        '复核通过',
        '复核不通过',
      ],
    ] as const;
    for (const [, attempt, status, verb] of illegal) {
      const reply = await attempt();
      expect(reply.status).toBe(409);
      expect(reply.body.detail).toBe(`该问题${status}，不能${verb}`);
    }
  });

  it('lets only the unit’s editors rectify and only the issuing office review', async () => {
    const [id = ''] = await openItems(2033);
    expect((await rectify(id, { note: '越权' }, 'reviewer')).status).toBe(403);
    expect((await rectify(id, { note: '越权' }, 'jiangnan')).status).toBe(403);
    await rectify(id);
    expect((await review(id, { verdict: 'verified' }, 'editor')).status).toBe(403);
    expect((await review(id, { verdict: 'verified' }, 'jiangnan')).status).toBe(403);
    expect((await review(id, { verdict: 'verified' }, 'admin')).status).toBe(200);
  });

  it('asks for a note, the unit’s own report, and an item that exists', async () => {
    const [id = ''] = await openItems(2034);
    expect((await rectify(id, { note: '' })).status).toBe(400);
    expect((await rectify(id, { note: '   ' })).status).toBe(400);
    const jiangnanReports = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.jiangnan}`,
      { token: await world.login('admin') },
    );
    const foreign = jiangnanReports.body.items[0].id as string;
    const wrong = await rectify(id, { note: '见更正', reportId: foreign });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toBe('所附报告不是本单位的报告');
    await rectify(id);
    expect((await review(id, { verdict: 'reopened' })).status).toBe(400);
    expect((await rectify('no-such-item')).status).toBe(404);
    expect((await review('no-such-item', { verdict: 'verified' })).status).toBe(404);
    expect((await review(id, { verdict: 'maybe' })).status).toBe(400);
  });
});
