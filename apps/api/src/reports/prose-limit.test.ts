import { proseMaxLength } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('prose length limit', (kind) => {
  const world = useTestWorld(kind);

  it('refuses a prose section over the limit with 422 naming it, and takes one at the limit', async () => {
    const editor = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, year: 2033 },
    });
    const save = (overview: string, etag: string) =>
      world.request('PUT', `/api/reports/${created.body.id}`, {
        token: editor,
        body: { ...created.body.report, narrative: { ...created.body.report.narrative, overview } },
        headers: { 'if-match': etag },
      });
    const tooLong = await save('𠮷'.repeat(proseMaxLength + 1), created.headers.get('etag') ?? '');
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.detail).toContain('“一、总体情况”有 20001 字');
    expect(tooLong.body.errors[0].path).toBe('body.narrative.overview');
    const atLimit = await save('年'.repeat(proseMaxLength), created.headers.get('etag') ?? '');
    expect(atLimit.status).toBe(200);
  });

  it('refuses the same in a report posted whole', async () => {
    const editor = await world.login('editor');
    const base = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, year: 2034 },
    });
    const report = {
      ...base.body.report,
      year: 2035,
      narrative: { ...base.body.report.narrative, problems: '问'.repeat(proseMaxLength + 1) },
    };
    const reply = await world.request('POST', '/api/reports', {
      token: editor,
      body: { agencyId: world.agencies.dushangang, report },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.detail).toContain('五、存在的主要问题及改进情况');
  });
});
