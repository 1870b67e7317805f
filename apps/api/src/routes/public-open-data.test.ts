import { tableCells, tablesOf, template2021 } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const addresses = tablesOf(template2021).flatMap((table) =>
  tableCells(table).map((c) => c.address),
);

describeEachDatabase('open data route', (kind) => {
  const world = useTestWorld(kind);

  it('answers one CSV row per published report of the year, cells in template order', async () => {
    const reply = await world.request('GET', '/api/public/open-data?year=2021');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe('public, max-age=300');
    expect(reply.headers.get('link')).toContain('rel="describedby"');
    // Decoding as text drops the BOM: the bytes are read from the app itself.
    const raw = await createApp(world.repo).request('/api/public/open-data?year=2021');
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = reply.body.trim().split(/\r?\n/);
    expect(header).toBe(['agency', 'year', 'publishedOn', ...addresses].join(','));
    expect(rows).toHaveLength(2);
    expect(rows.map((row: string) => row.split(',')[0]).sort()).toEqual(
      ['平湖市独山港经济开发区（独山港镇）', '江南市人民政府'].sort(),
    );
    for (const row of rows) expect(row.split(',')).toHaveLength(addresses.length + 3);
  });

  it('describes the columns in a Frictionless datapackage.json linked from the CSV', async () => {
    const csv = await world.request('GET', '/api/public/open-data?year=2021');
    expect(csv.headers.get('link')).toContain('</api/public/open-data/datapackage.json?year=2021>');
    const reply = await world.request('GET', '/api/public/open-data/datapackage.json?year=2021');
    expect(reply.status).toBe(200);
    expect(reply.body.profile).toBe('tabular-data-package');
    const [resource] = reply.body.resources;
    expect(resource.path).toBe('/api/public/open-data?year=2021');
    const names = resource.schema.fields.map((field: { name: string }) => field.name);
    expect(names).toEqual(['agency', 'year', 'publishedOn', ...addresses]);
    expect(
      (await world.request('GET', '/api/public/open-data/datapackage.json?year=1999')).status,
    ).toBe(400);
  });

  it('asks for a supported year', async () => {
    expect((await world.request('GET', '/api/public/open-data')).status).toBe(400);
    expect((await world.request('GET', '/api/public/open-data?year=1999')).status).toBe(400);
  });
});
