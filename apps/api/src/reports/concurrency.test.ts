import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('concurrent updates', (kind) => {
  const world = useTestWorld(kind);

  it('lets exactly one of 20 writers from the same version win; the rest get 409 and lose nothing', async () => {
    const token = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2022 },
    });
    const path = `/api/reports/${created.body.id}`;
    const bodyFor = (writer: number) => ({
      ...created.body.report,
      narrative: { ...created.body.report.narrative, other: `写入 ${writer}` },
    });
    const writers = Array.from({ length: 20 }, (_, writer) => writer);
    const replies = await Promise.all(
      writers.map((writer) =>
        world.request('PUT', path, {
          token,
          body: bodyFor(writer),
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = writers[statuses.indexOf(200)] ?? -1;
    const stored = await world.request('GET', path, { token });
    expect(stored.body).toMatchObject({ version: 2, report: bodyFor(winner) });

    // Each loser reloads and writes again: every write is counted, none is refused.
    let last = winner;
    for (const writer of writers.filter((w) => w !== winner)) {
      const current = await world.request('GET', path, { token });
      const reply = await world.request('PUT', path, {
        token,
        body: bodyFor(writer),
        headers: { 'if-match': current.headers.get('etag') ?? '' },
      });
      expect(reply.status).toBe(200);
      last = writer;
    }
    const final = await world.request('GET', path, { token });
    expect(final.body).toMatchObject({ version: 21, milestones: 0, report: bodyFor(last) });
    // One person's saves within minutes are one editing session in the history.
    const revisions = await world.request('GET', `${path}/revisions`, { token });
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1, 21]);
    expect(revisions.body[1].changes).toEqual(['narrative.other']);
  });

  it('creates one report per agency and year even when ten requests race', async () => {
    const token = await world.login('jiangnan');
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        world.request('POST', '/api/reports', {
          token,
          body: { agencyId: world.agencies.jiangnan, year: 2035 },
        }),
      ),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    const list = await world.request(
      'GET',
      `/api/reports?agencyId=${world.agencies.jiangnan}&year=2035`,
      {
        token,
      },
    );
    expect(list.body.total).toBe(1);
  });
});
