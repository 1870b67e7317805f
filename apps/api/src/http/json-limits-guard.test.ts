import { beforeAll, expect, it } from 'vitest';
import { maxJsonStringLength } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describeEachDatabase('JSON limits', (kind) => {
  const world = useTestWorld(kind);
  let draftId = '';
  let etag = '';

  beforeAll(async () => {
    const created = await world.request('POST', '/api/reports', {
      token: await world.login('editor'),
      body: { agencyId: world.agencies.dushangang, year: 2032 },
    });
    draftId = created.body.id;
    etag = created.headers.get('etag') ?? '';
  });

  it('answers 400 naming the depth limit to 10,000 levels, whatever the content type', async () => {
    const editor = await world.login('editor');
    const bodies = [deep(10_000), `{"format":"2021","narrative":${deep(10_000)}}`];
    for (const rawBody of bodies)
      for (const contentType of ['application/json', 'text/plain']) {
        const replies = [
          await world.request('POST', '/api/validate', {
            rawBody,
            headers: { 'content-type': contentType },
          }),
          await world.request('PUT', `/api/reports/${draftId}`, {
            token: editor,
            rawBody,
            headers: { 'content-type': contentType, 'if-match': etag },
          }),
        ];
        for (const reply of replies) {
          expect(reply.status).toBe(400);
          expect(reply.body.detail).toBe('JSON 嵌套超过 64 层的上限');
        }
      }
  });

  it('answers 400 to a string longer than the limit, except a page sent for import', async () => {
    const long = 'a'.repeat(130_000);
    const validated = await world.request('POST', '/api/validate', {
      body: { format: '2021', agency: { name: long } },
    });
    expect(validated.status).toBe(400);
    expect(validated.body.detail).toContain(`${maxJsonStringLength} 个字符`);
    const imported = await world.request('POST', '/api/import', {
      token: await world.login('editor'),
      body: { content: long, kind: 'text' },
    });
    expect(imported.status).not.toBe(400);
    expect(imported.status).toBeLessThan(500);
  });
});
