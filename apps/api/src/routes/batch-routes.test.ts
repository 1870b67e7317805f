import { statusNames, transitions } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { cleanDraft } from '../test-support/clean-draft.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('batch workflow steps', (kind) => {
  const world = useTestWorld(kind);

  it('approves several submitted reports at once, checking each on its own', async () => {
    const editor = await world.login('editor');
    const [first, second, draft] = [
      await cleanDraft(world, 2032),
      await cleanDraft(world, 2033),
      await cleanDraft(world, 2034),
    ];
    for (const id of [first, second])
      expect(
        (await world.request('POST', `/api/reports/${id}/submit`, { token: editor })).status,
      ).toBe(200);
    const reviewer = await world.login('reviewer');
    const reply = await world.request('POST', '/api/reports/batch', {
      token: reviewer,
      body: { action: 'approve', ids: [first, draft, second, 'no-such-report'] },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ succeeded: 2, failed: 2 });
    expect(
      reply.body.results.map((r: { id: string; ok: boolean; status?: number }) => [
        r.id,
        r.ok,
        r.status,
      ]),
    ).toEqual([
      [first, true, undefined],
      [draft, false, 409],
      [second, true, undefined],
      ['no-such-report', false, 404],
    ]);
    expect(reply.body.results[0].report.status).toBe('approved');
    const approve = transitions.find((t) => t.action === 'approve');
    expect(reply.body.results[1].detail).toBe(
      `报告${statusNames.draft}，不能${String(approve?.verb)}`,
    );
  });

  it('refuses each report the caller may not act on, and anonymous callers outright', async () => {
    const id = await cleanDraft(world, 2035);
    const editor = await world.login('editor');
    await world.request('POST', `/api/reports/${id}/submit`, { token: editor });
    const self = await world.request('POST', '/api/reports/batch', {
      token: editor,
      body: { action: 'approve', ids: [id] },
    });
    expect(self.body.results[0]).toMatchObject({ ok: false, status: 403 });
    const anonymous = await world.request('POST', '/api/reports/batch', {
      body: { action: 'approve', ids: [id] },
    });
    expect(anonymous.status).toBe(401);
    const unknown = await world.request('POST', '/api/reports/batch', {
      token: editor,
      body: { action: 'explode', ids: [id] },
    });
    expect(unknown.status).toBe(400);
  });
});
