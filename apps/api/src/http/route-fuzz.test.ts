import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import {
  hostileBodies,
  hostileIds,
  hostileIfMatch,
  hostileScalars,
  longProseReport,
} from '../test-support/hostile-inputs.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld, type TestWorld } from '../test-support/test-world.js';

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly ifMatch: boolean;
}
interface Probe {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly headers: Record<string, string>;
}

// Every operation of the OpenAPI document, read once: the routes need no database to describe.
const document = (await (
  await createApp(undefined as never).request('/api/openapi.json')
).json()) as {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
};
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    ifMatch: (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'if-match'),
  })),
);
// Logging out and deleting come last, so they take nothing from the probes before them.
const rank = (op: Operation) => (op.method === 'DELETE' ? 2 : op.path.endsWith('/logout') ? 1 : 0);
operations.sort((a, b) => rank(a) - rank(b));

/** The probes of one operation, with `real` filling its path parameters for the valid-path ones. */
function probesOf(op: Operation, real: (name: string) => string, report: unknown): Probe[] {
  const fill = (value: (name: string) => string) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  const path = fill(real);
  const probes: Probe[] = [{ method: op.method, path, headers: {} }];
  if (op.path.includes('{'))
    for (const id of hostileIds)
      probes.push({ method: op.method, path: fill(() => id), headers: {} });
  if (op.method !== 'GET') {
    for (const { body, type } of hostileBodies)
      probes.push({ method: op.method, path, body, headers: { 'content-type': type } });
    const prose = JSON.stringify(longProseReport(report as Record<string, unknown>));
    probes.push({
      method: op.method,
      path,
      body: prose,
      headers: { 'content-type': 'application/json' },
    });
  }
  for (const name of op.query)
    for (const value of hostileScalars)
      probes.push({ method: op.method, path: `${path}?${name}=${value}`, headers: {} });
  if (op.ifMatch)
    for (const value of hostileIfMatch)
      probes.push({ method: op.method, path, headers: { 'if-match': value } });
  return probes;
}

const actorCount = 3;
const perActor = operations.reduce((sum, op) => sum + probesOf(op, () => 'x', {}).length, 0);

describeEachDatabase('hostile requests on every route', (kind) => {
  const world = useTestWorld(kind);
  const ids: Record<string, string> = {};
  let report: unknown = {};

  beforeAll(async () => {
    const admin = await world.login('admin');
    const created = await world.request('POST', '/api/reports', {
      token: admin,
      body: { agencyId: world.agencies.dushangang, year: 2036 },
    });
    report = created.body.report;
    const user = await world.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'fuzz-target',
        password: 'Fuzz-target-1',
        agencyId: world.agencies.jiangnan,
        role: 'editor',
      },
    });
    Object.assign(ids, {
      reports: created.body.id,
      users: user.body.id,
      agencies: world.agencies.jiangnan,
    });
  });

  const real = (op: Operation) => (name: string) =>
    name === 'n' ? '1' : (ids[op.path.split('/')[2] ?? ''] ?? ids.reports ?? '');

  /** A fresh admin session: a probe of logout must not end the others'. */
  const freshToken = async (w: TestWorld) =>
    (
      await w.request('POST', '/api/auth/login', {
        body: { username: 'admin', password: passwordOf('admin') },
      })
    ).body.token as string;

  it(
    `never answers 5xx to ${perActor * actorCount} hostile requests over all ${operations.length} operations, anonymous, by bearer token and by cookie`,
    { timeout: 600_000 },
    async () => {
      const failures: string[] = [];
      let sent = 0;
      for (const op of operations) {
        const token = await freshToken(world);
        const actors: Record<string, string>[] = [
          {},
          { authorization: `Bearer ${token}` },
          // The editor's own way: the session cookie, its header, the same origin.
          { cookie: `nianbao_session=${token}`, 'x-nianbao-csrf': '1', origin: 'http://localhost' },
        ];
        for (const probe of probesOf(op, real(op), report))
          for (const auth of actors) {
            const reply = await world.request(probe.method, probe.path, {
              rawBody: probe.body,
              headers: { ...probe.headers, ...auth },
            });
            sent++;
            if (reply.status >= 500)
              failures.push(
                `${reply.status} ${probe.method} ${probe.path.slice(0, 80)} ${(probe.body ?? '').slice(0, 40)}`,
              );
          }
      }
      expect(sent).toBe(perActor * actorCount);
      expect(failures).toEqual([]);
    },
  );
});
