import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('pdf route', (kind) => {
  const world = useTestWorld(kind);

  it('serves a published report as PDF, or says plainly that rendering is not wired in', async () => {
    const list = await world.request('GET', '/api/reports?year=2021');
    const reply = await world.request('GET', `/api/reports/${list.body.items[0].id}/pdf`);
    if (reply.status === 501) expect(reply.body.detail).toBe('PDF 生成尚未接入');
    else {
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/pdf');
    }
  });

  it('keeps drafts private', async () => {
    const token = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2022 },
    });
    expect((await world.request('GET', `/api/reports/${created.body.id}/pdf`)).status).toBe(404);
  });
});
