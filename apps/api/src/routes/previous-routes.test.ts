import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('previous report route', (kind) => {
  const world = useTestWorld(kind);

  async function published(year: number, token?: string) {
    const query = `agencyId=${world.agencies.jiangnan}&year=${year}&status=published`;
    const list = await world.request('GET', `/api/reports?${query}`, token ? { token } : {});
    return list.body.items[0].id as string;
  }

  it("gives last year's standing report, the published one before a newer draft", async () => {
    const token = await world.login('jiangnan');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.jiangnan, year: 2023, fromPrevious: true },
    });
    const standing = await published(2022, token);
    // A correction of 2022 is a newer draft of that year: the published report still stands.
    const correction = await world.request('POST', `/api/reports/${standing}/corrections`, {
      token,
      body: { reason: '更正表三。' },
    });
    expect(correction.status).toBe(201);
    const previous = await world.request('GET', `/api/reports/${created.body.id}/previous`, {
      token,
    });
    expect(previous.status).toBe(200);
    expect(previous.body).toMatchObject({ id: standing, year: 2022, status: 'published' });
    expect(previous.body.report.year).toBe(2022);
  });

  it('answers 404 when there is no earlier report, or the caller may not read the report', async () => {
    const token = await world.login('jiangnan');
    const first = await published(2021, token);
    const none = await world.request('GET', `/api/reports/${first}/previous`, { token });
    expect(none.status).toBe(404);
    expect(none.body.detail).toBe('没有本机关 2020 年度的报告');

    const drafts = await world.request('GET', '/api/reports?status=draft&year=2023', { token });
    const draft = `/api/reports/${drafts.body.items[0].id}/previous`;
    expect((await world.request('GET', draft)).status).toBe(404);
    const outsider = await world.login('editor');
    expect((await world.request('GET', draft, { token: outsider })).status).toBe(404);
  });

  it('lets anyone compare a published report with the published one before it', async () => {
    const reply = await world.request('GET', `/api/reports/${await published(2022)}/previous`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ year: 2021, status: 'published', updatedBy: null });
  });
});
