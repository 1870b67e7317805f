import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../test/fixtures.js';
import { readGlyphs, type Drawing } from '../test/read-glyphs.js';
import { bypassPatches, patchStatus, type PatchName } from './patch-status.js';
import { renderReport } from './render-report.js';

const require = createRequire(import.meta.url);
const fixtures = ['2021-pinghu-dushangang.json', '2022-jiangnan-city.json'];
const drawn = new Map<string, { patched: Drawing; unpatched: Drawing }>();

beforeAll(async () => {
  for (const name of fixtures) {
    const report = loadFixture(name);
    const patched = await readGlyphs(await renderReport(report));
    bypassPatches(true);
    try {
      drawn.set(name, { patched, unpatched: await readGlyphs(await renderReport(report)) });
    } finally {
      bypassPatches(false);
    }
  }
});

afterEach(() => bypassPatches(false));

describe('the speed patches to pdfmake', () => {
  it('are tested against the pdfmake version they were written for', () => {
    const { version } = require('pdfmake/package.json') as { version: string };
    expect(version).toBe('0.3.11');
  });

  it.each<PatchName>([
    'parsedFonts',
    'unshapedLayout',
    'inlineJoining',
    'decodedGlyphs',
    'fastDeflate',
  ])('%s applies, and its own path runs when a report is rendered', (name) => {
    expect(patchStatus()[name].isApplied).toBe(true);
    expect(patchStatus()[name].uses).toBeGreaterThan(0);
  });

  it('hand every call to pdfmake while bypassed', async () => {
    const before = patchStatus();
    bypassPatches(true);
    await renderReport(loadFixture(fixtures[0] ?? ''));
    expect(patchStatus()).toEqual(before);
  });

  it.each(fixtures)(
    'draw %s with the same glyphs, places, faces, sizes, colours and rules as pdfmake alone',
    (name) => {
      const { patched, unpatched } = drawn.get(name) ?? {};
      expect(patched?.glyphs.length).toBeGreaterThan(1000);
      expect(patched?.glyphs).toEqual(unpatched?.glyphs);
      expect(patched?.paths.length).toBeGreaterThan(100);
      expect(patched?.paths).toEqual(unpatched?.paths);
    },
  );

  it.each(fixtures)('draw %s in fewer text objects than pdfmake alone', (name) => {
    const { patched, unpatched } = drawn.get(name) ?? {};
    expect(patched?.textObjects).toBeLessThan(unpatched?.textObjects ?? 0);
  });
});
