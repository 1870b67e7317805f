import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { cleanDraft } from '../test-support/clean-draft.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('workflow routes', (kind) => {
  const world = useTestWorld(kind);
  const post = async (username: string, path: string) =>
    world.request('POST', path, { token: await world.login(username) });

  it('returns a submitted report to its editor, who can edit and resubmit it', async () => {
    const id = await cleanDraft(world, 2031);
    expect((await post('editor', `/api/reports/${id}/submit`)).body.status).toBe('submitted');
    expect((await post('editor', `/api/reports/${id}/approve`)).status).toBe(403);
    const reviewer = await world.login('reviewer');
    const unexplained = await world.request('POST', `/api/reports/${id}/return`, {
      token: reviewer,
    });
    expect(unexplained.status).toBe(400);
    expect(unexplained.body).toMatchObject({
      detail: '请写明退回意见',
      errors: [{ path: 'json.comment' }],
    });
    const blank = await world.request('POST', `/api/reports/${id}/return`, {
      token: reviewer,
      body: { comment: '  ' },
    });
    expect(blank.body.errors[0].path).toBe('json.comment');
    const returned = await world.request('POST', `/api/reports/${id}/return`, {
      token: reviewer,
      body: { comment: '表三第二行请核实。' },
    });
    expect(returned.body.status).toBe('returned');
    const revisions = await world.request('GET', `/api/reports/${id}/revisions`, {
      token: reviewer,
    });
    expect(revisions.body.at(-1)).toMatchObject({
      action: 'return',
      comment: '表三第二行请核实。',
      username: 'reviewer',
    });
    const token = await world.login('editor');
    const edited = await world.request('PUT', `/api/reports/${id}`, {
      token,
      body: {
        ...returned.body.report,
        narrative: { ...returned.body.report.narrative, other: '无。补充。' },
      },
      headers: { 'if-match': returned.headers.get('etag') ?? '' },
    });
    expect(edited.status).toBe(200);
    expect((await post('editor', `/api/reports/${id}/submit`)).body.status).toBe('submitted');
  });

  it('refuses transitions from the wrong state and stale If-Match', async () => {
    const id = await cleanDraft(world, 2032);
    expect((await post('reviewer', `/api/reports/${id}/approve`)).status).toBe(409);
    expect((await post('reviewer', `/api/reports/${id}/publish`)).status).toBe(409);
    const stale = await world.request('POST', `/api/reports/${id}/submit`, {
      token: await world.login('editor'),
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(409);
  });

  it('publishes on the chosen date, never in the future, before approval or by another step', async () => {
    const id = await cleanDraft(world, 2034);
    const editor = await world.login('editor');
    const reviewer = await world.login('reviewer');
    const early = await world.request('POST', `/api/reports/${id}/submit`, {
      token: editor,
      body: { publishedOn: '2035-01-10' },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].path).toBe('json.publishedOn');
    await post('editor', `/api/reports/${id}/submit`);
    await post('reviewer', `/api/reports/${id}/approve`);
    const publishOn = (publishedOn: string) =>
      world.request('POST', `/api/reports/${id}/publish`, {
        token: reviewer,
        body: { publishedOn },
      });
    for (const bad of ['2999-01-01', '2000-01-01', '2025-02-30', '昨天']) {
      const refused = await publishOn(bad);
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0].path).toBe('json.publishedOn');
    }
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format();
    const published = await publishOn(today);
    expect(published.status).toBe(200);
    expect(published.body.report.publishedOn).toBe(today);
  });

  it('lets the editor withdraw a submission until a reviewer has acted on it', async () => {
    const id = await cleanDraft(world, 2036);
    await post('editor', `/api/reports/${id}/submit`);
    expect((await post('reviewer', `/api/reports/${id}/withdraw`)).status).toBe(403);
    const withdrawn = await post('editor', `/api/reports/${id}/withdraw`);
    expect(withdrawn.body.status).toBe('draft');
    await post('editor', `/api/reports/${id}/submit`);
    await post('reviewer', `/api/reports/${id}/approve`);
    expect((await post('editor', `/api/reports/${id}/withdraw`)).status).toBe(409);
  });

  it('publishes today (China time) when no date is given', async () => {
    const id = await cleanDraft(world, 2035);
    await post('editor', `/api/reports/${id}/submit`);
    await post('reviewer', `/api/reports/${id}/approve`);
    const published = await post('reviewer', `/api/reports/${id}/publish`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format();
    expect(published.body.report.publishedOn).toBe(today);
  });

  it('corrects a published report with a new draft while the published one stays public', async () => {
    const id = await cleanDraft(world, 2033);
    await post('editor', `/api/reports/${id}/submit`);
    await post('reviewer', `/api/reports/${id}/approve`);
    await post('reviewer', `/api/reports/${id}/publish`);
    const editor = await world.login('editor');
    const correct = (reportId: string, body?: unknown) =>
      world.request('POST', `/api/reports/${reportId}/corrections`, { token: editor, body });
    const unexplained = await correct(id);
    expect(unexplained.status).toBe(422);
    expect(unexplained.body.errors[0].path).toBe('json.reason');
    const correction = await correct(id, { reason: '表三第二行数字有误。' });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({
      status: 'draft',
      correctsId: id,
      year: 2033,
      correctionReason: '表三第二行数字有误。',
    });
    expect(correction.body.report).not.toHaveProperty('publishedOn');
    expect((await correct(id, { reason: '再次更正' })).status).toBe(409);
    expect((await correct(correction.body.id, { reason: '更正的更正' })).status).toBe(409);
    expect((await world.request('GET', `/api/reports/${id}`)).body.status).toBe('published');
    expect((await world.request('GET', `/api/reports/${correction.body.id}`)).status).toBe(404);
  });

  it('marks the original as corrected once its correction is published', async () => {
    const id = await cleanDraft(world, 2037);
    for (const [who, step] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['reviewer', 'publish'],
    ] as const)
      await post(who, `/api/reports/${id}/${step}`);
    const correction = await world.request('POST', `/api/reports/${id}/corrections`, {
      token: await world.login('editor'),
      body: { reason: '更正数字。' },
    });
    const fix = correction.body.id as string;
    expect((await world.request('GET', `/api/reports/${id}`)).body.correctedById).toBeNull();
    for (const [who, step] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['reviewer', 'publish'],
    ] as const)
      await post(who, `/api/reports/${fix}/${step}`);
    const original = await world.request('GET', `/api/reports/${id}`);
    expect(original.body).toMatchObject({ correctedById: fix, milestones: 3 });
    // A new version, so no cache keeps the unmarked one; its history says why.
    expect(original.body.version).toBe(6);
    const history = await world.request('GET', `/api/reports/${id}/revisions`, {
      token: await world.login('editor'),
    });
    expect(history.body.at(-1)).toMatchObject({ action: 'corrected', number: 6 });
    const listed = await world.request('GET', '/api/reports?year=2037');
    const byId = new Map(listed.body.items.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(id)).toMatchObject({ correctedById: fix });
    expect(byId.get(fix)).toMatchObject({ correctsId: id, milestones: 4 });
  });
});
