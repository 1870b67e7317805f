import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { isWoff, woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);
const woff = readFileSync(
  require.resolve('@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff'),
);

describe('woffToSfnt', () => {
  it('unpacks LXGW WenKai into a TrueType file with the same glyphs and advances', () => {
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    const unpacked = create(sfnt) as Font;
    const original = create(woff) as Font;
    expect(unpacked.type).toBe('TTF');
    expect(unpacked.numGlyphs).toBe(original.numGlyphs);
    for (const character of '（一）主动公开情况𠮷A1')
      expect(unpacked.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth).toBe(
        original.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth,
      );
  }, 60_000);

  it('throws on a damaged file', () => {
    const damaged = Buffer.from(woff.subarray(0, 2000));
    expect(() => woffToSfnt(damaged)).toThrow();
  });
});
