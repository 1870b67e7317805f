import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inferAgencyLevel } from '@nianbao/import';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const published = (name: string): string =>
  readFileSync(
    fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/published/${name}`)),
    'utf8',
  );

describeEachDatabase('import preview route', (kind) => {
  const world = useTestWorld(kind);
  const asText = { 'content-type': 'text/plain; charset=utf-8' };

  it('says whose report it is and which level applies, creating nothing', async () => {
    const token = await world.login('editor');
    const before = await world.request('GET', '/api/reports', { token });
    const reply = await world.request('POST', '/api/import/preview', {
      token,
      rawBody: published('2021-pinghu-dushangang.txt'),
      headers: asText,
    });
    expect(reply.status).toBe(200);
    const agencies = await world.request('GET', '/api/agencies', { token });
    const stored = agencies.body.find((a: { id: string }) => a.id === world.agencies.dushangang);
    expect(reply.body).toEqual({
      named: stored.name,
      year: 2021,
      agencyId: world.agencies.dushangang,
      agencyName: stored.name,
      storedLevel: stored.level ?? null,
      inferredLevel: inferAgencyLevel(stored.name) ?? null,
    });
    const after = await world.request('GET', '/api/reports', { token });
    expect(after.body).toEqual(before.body);
  });

  it('refuses another body’s report as the import would', async () => {
    const reply = await world.request('POST', '/api/import/preview', {
      token: await world.login('editor'),
      rawBody: published('2019-shanghai-govoffice.txt'),
      headers: asText,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.agency).toBe('上海市人民政府办公厅');
  });
});
