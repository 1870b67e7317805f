import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

type Actor = 'anonymous' | 'editor' | 'jiangnan' | 'reviewer' | 'admin';

// Who may read and who may write each agency's draft: A = 独山港镇 (under 平湖市), B = 江南市.
const matrix: { actor: Actor; readA: number; writeA: number; readB: number; writeB: number }[] = [
  { actor: 'anonymous', readA: 404, writeA: 404, readB: 404, writeB: 404 },
  { actor: 'editor', readA: 200, writeA: 200, readB: 404, writeB: 404 },
  { actor: 'jiangnan', readA: 404, writeA: 404, readB: 200, writeB: 200 },
  { actor: 'reviewer', readA: 200, writeA: 403, readB: 404, writeB: 404 },
  { actor: 'admin', readA: 200, writeA: 200, readB: 200, writeB: 200 },
];

describeEachDatabase('authorisation', (kind) => {
  const world = useTestWorld(kind);
  const drafts = { A: '', B: '' };
  const tokenOf = async (actor: Actor) =>
    actor === 'anonymous' ? undefined : await world.login(actor);

  beforeAll(async () => {
    const create = async (username: string, agencyId: string) => {
      const reply = await world.request('POST', '/api/reports', {
        token: await world.login(username),
        body: { agencyId, year: 2023 },
      });
      expect(reply.status).toBe(201);
      return reply.body.id as string;
    };
    drafts.A = await create('editor', world.agencies.dushangang);
    drafts.B = await create('jiangnan', world.agencies.jiangnan);
  });

  const write = async (actor: Actor, id: string) => {
    const token = await tokenOf(actor);
    const current = await world.request('GET', `/api/reports/${id}`, {
      token: await world.login('admin'),
    });
    return world.request('PUT', `/api/reports/${id}`, {
      token,
      body: current.body.report,
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
  };

  it.each(matrix)('$actor reads and writes drafts only in their scope', async (row) => {
    const token = await tokenOf(row.actor);
    const read = async (id: string) =>
      (await world.request('GET', `/api/reports/${id}`, { token })).status;
    expect({
      readA: await read(drafts.A),
      writeA: (await write(row.actor, drafts.A)).status,
      readB: await read(drafts.B),
      writeB: (await write(row.actor, drafts.B)).status,
    }).toEqual({ readA: row.readA, writeA: row.writeA, readB: row.readB, writeB: row.writeB });
  });

  it.each(matrix)('$actor lists only the drafts they may read', async (row) => {
    const reply = await world.request('GET', '/api/reports?status=draft&pageSize=100', {
      token: await tokenOf(row.actor),
    });
    const ids = reply.body.items.map((r: { id: string }) => r.id).sort();
    const expected = [row.readA === 200 ? drafts.A : '', row.readB === 200 ? drafts.B : '']
      .filter(Boolean)
      .sort();
    expect(ids).toEqual(expected);
  });

  it('anyone reads published reports and their findings, with no user ids', async () => {
    const list = await world.request('GET', '/api/reports?status=published');
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((r: { updatedBy: unknown }) => r.updatedBy)).toEqual([
      null,
      null,
      null,
    ]);
    const id = list.body.items[0].id;
    for (const suffix of ['', '/findings'])
      expect((await world.request('GET', `/api/reports/${id}${suffix}`)).status).toBe(200);
    expect((await world.request('GET', `/api/reports/${id}`)).body.updatedBy).toBeNull();
  });

  // History holds drafts, 退回 comments, user names and ids: only for those in charge (contract §4).
  const history: { actor: Actor; status: number }[] = [
    { actor: 'anonymous', status: 401 },
    { actor: 'editor', status: 200 },
    { actor: 'jiangnan', status: 403 },
    { actor: 'reviewer', status: 200 },
    { actor: 'admin', status: 200 },
  ];

  it.each(history)('$actor reads the history of a published report: $status', async (row) => {
    const list = await world.request('GET', `/api/reports?status=published&pageSize=100`);
    const published = list.body.items.find(
      (r: { agencyId: string }) => r.agencyId === world.agencies.dushangang,
    );
    const token = await tokenOf(row.actor);
    for (const suffix of ['/revisions', '/revisions/1', '/compare?from=1&to=1', '/compare'])
      expect(
        (await world.request('GET', `/api/reports/${published.id}${suffix}`, { token })).status,
        suffix,
      ).toBe(row.status);
  });

  it('lets a reviewer act only on the agencies under theirs', async () => {
    const reviewer = await world.login('reviewer');
    expect(
      (await world.request('POST', `/api/reports/${drafts.B}/return`, { token: reviewer })).status,
    ).toBe(404);
    // A is a draft: the reviewer may see it but not submit it on the editor's behalf.
    expect(
      (await world.request('POST', `/api/reports/${drafts.A}/submit`, { token: reviewer })).status,
    ).toBe(403);
    const other = await world.request('POST', '/api/reports', {
      token: await world.login('editor'),
      body: { agencyId: world.agencies.jiangnan, year: 2024 },
    });
    expect(other.status).toBe(403);
  });

  const adminRoutes = [
    'GET /api/users',
    'GET /api/audit',
    'GET /api/audit?format=csv',
    'GET /api/audit/verify',
    'GET /api/login-locks',
    'DELETE /api/login-locks?address=10.9.9.9',
    'POST /api/users',
    'POST /api/agencies',
  ];
  const adminAnswers: Record<Actor, number> = {
    anonymous: 401,
    editor: 403,
    jiangnan: 403,
    reviewer: 403,
    admin: 0,
  };

  it.each(matrix)('$actor reaches the audit and admin routes only as an admin', async (row) => {
    const token = await tokenOf(row.actor);
    const statuses = Object.fromEntries(
      await Promise.all(
        adminRoutes.map(async (route) => {
          const [method, path] = route.split(' ') as [string, string];
          const body = {
            'POST /api/users': {
              username: `matrix-${row.actor}`,
              password: 'Matrix-Pass-1',
              agencyId: world.agencies.pinghu,
              role: 'editor',
            },
            'POST /api/agencies': { name: `矩阵机关-${row.actor}` },
          }[route];
          const reply = await world.request(method, path, { token, body });
          return [route, reply.status] as const;
        }),
      ),
    );
    const expected = adminAnswers[row.actor];
    // An admin passes authorisation: the unknown lock gives 404.
    for (const [route, status] of Object.entries(statuses))
      if (expected === 0) expect([200, 201, 404], route).toContain(status);
      else expect(status, route).toBe(expected);
  });
});
