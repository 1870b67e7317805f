import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const runs = { numRuns: 60 };
const isClientOutcome = (status: number) => status >= 200 && status < 500;
// Lone surrogates cannot be percent-encoded; the server sees U+FFFD for them anyway.
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

/** A valid report with one leaf (or subtree) replaced by an arbitrary JSON value. */
const mutated = (report: Record<string, unknown>) =>
  fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => {
    const copy = structuredClone(report);
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      paths.push(path);
      if (typeof node === 'object' && node !== null)
        for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    };
    walk(copy, []);
    const path = paths[pick % paths.length] ?? [];
    if (path.length === 0) return value;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    parent[path.at(-1) ?? ''] = value;
    return copy;
  });

describeEachDatabase('request fuzzing', (kind) => {
  const world = useTestWorld(kind);
  let report: Record<string, unknown> = {};
  let draftId = '';

  beforeAll(async () => {
    const created = await world.request('POST', '/api/reports', {
      token: await world.login('editor'),
      body: { agencyId: world.agencies.dushangang, year: 2022 },
    });
    report = created.body.report;
    draftId = created.body.id;
  });

  it(
    'never answers 5xx to arbitrary bodies on any writing route',
    { timeout: 120_000 },
    async () => {
      const admin = await world.login('admin');
      const editor = await world.login('editor');
      const targets = [
        ['POST', '/api/validate', undefined],
        ['POST', '/api/reports', editor],
        ['POST', '/api/auth/login', undefined],
        ['POST', '/api/agencies', admin],
        ['POST', '/api/users', admin],
        ['PATCH', `/api/agencies/${world.agencies.jiangnan}`, admin],
      ] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          fc.oneof(
            fc.jsonValue().map((v) => JSON.stringify(v)),
            fc.string(),
          ),
          fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
          async ([method, path, token], rawBody, contentType) => {
            const reply = await world.request(method, path, {
              token,
              rawBody,
              headers: { 'content-type': contentType },
            });
            expect(isClientOutcome(reply.status), `${method} ${path} ${rawBody}`).toBe(true);
            if (reply.status >= 400)
              expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          },
        ),
        runs,
      );
    },
  );

  it(
    'never answers 5xx to a mutated report, whether validated, saved or imported',
    { timeout: 120_000 },
    async () => {
      const editor = await world.login('editor');
      await fc.assert(
        fc.asyncProperty(mutated(report), async (body) => {
          const validated = await world.request('POST', '/api/validate', { body });
          expect(validated.status).toBe(200);
          const current = await world.request('GET', `/api/reports/${draftId}`, { token: editor });
          const saved = await world.request('PUT', `/api/reports/${draftId}`, {
            token: editor,
            body,
            headers: { 'if-match': current.headers.get('etag') ?? '' },
          });
          expect([200, 400, 422]).toContain(saved.status);
          const imported = await world.request('POST', '/api/reports', {
            token: editor,
            body: { agencyId: world.agencies.dushangang, report: body },
          });
          expect(isClientOutcome(imported.status)).toBe(true);
        }),
        runs,
      );
    },
  );

  it(
    'never answers 5xx to any characters in names, ids and credentials',
    { timeout: 120_000 },
    async () => {
      const admin = await world.login('admin');
      const oddCharacter = fc.constantFrom(
        '\u0000',
        '\uD800',
        '\u202E',
        '"',
        "'",
        '\\',
        '%',
        '年',
        ' ',
      );
      const anyText = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: oddCharacter, maxLength: 8 }),
      );
      await fc.assert(
        fc.asyncProperty(anyText, anyText, async (text, other) => {
          const replies = await Promise.all([
            world.request('POST', '/api/auth/login', {
              body: { username: text, password: other || 'x' },
            }),
            world.request('POST', '/api/agencies', {
              token: admin,
              body: { name: text, parentId: other },
            }),
            world.request('POST', '/api/users', {
              token: admin,
              body: {
                username: text,
                password: `${other}-long-enough`,
                agencyId: other,
                role: 'editor',
              },
            }),
            world.request('GET', `/api/reports?agencyId=${encode(text)}`),
            world.request('GET', `/api/agencies/${encode(text || 'x')}`),
            world.request('POST', `/api/reports/${encode(text || 'x')}/submit`, {
              token: admin,
            }),
            world.request('POST', '/api/reports', {
              token: admin,
              body: { agencyId: text, year: 2022 },
            }),
          ]);
          for (const reply of replies)
            expect(isClientOutcome(reply.status), JSON.stringify(text)).toBe(true);
        }),
        runs,
      );
    },
  );

  it('never answers 5xx to malformed percent-encoding in paths and queries', async () => {
    for (const raw of ['%', '%zz', '%00', '%E0%A4%A', '%C0%AF', '%ED%A0%80'])
      for (const path of [
        `/api/reports/${raw}`,
        `/api/agencies/${raw}`,
        `/api/reports?agencyId=${raw}`,
      ]) {
        const reply = await world.request('GET', path);
        expect(isClientOutcome(reply.status), path).toBe(true);
      }
  });

  it(
    'never answers 5xx to odd ids, queries and If-Match headers',
    { timeout: 120_000 },
    async () => {
      const editor = await world.login('editor');
      await fc.assert(
        fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (id, query, ifMatch) => {
          const path = `/api/reports/${encode(id || 'x')}`;
          const replies = await Promise.all([
            world.request('GET', `/api/reports?${encode(query)}=${encode(id)}`),
            world.request('GET', `${path}/compare?from=${encode(query)}`, {
              token: editor,
            }),
            world.request('PUT', `/api/reports/${draftId}`, {
              token: editor,
              body: report,
              headers: { 'if-match': ifMatch.replace(/[^\x20-\x7e]/g, '') },
            }),
            world.request('GET', path, { headers: { authorization: `Bearer ${ifMatch}` } }),
          ]);
          for (const reply of replies) expect(isClientOutcome(reply.status)).toBe(true);
        }),
        runs,
      );
    },
  );
});
