import type { Font } from 'fontkit';
import { arePatchesBypassed, countUse, markApplied } from './patch-status.js';

/*
 * pdfkit subsets each font for every document, and fontkit's subsetter decodes every glyph it
 * copies (all its points) only to learn whether it is composite: a third of a warm render. A
 * glyph of a font parsed once per process decodes to the same thing each time, so the result is
 * kept per glyph object. Written against fontkit 2; a variable font (whose decoding depends on
 * its axes) is left alone, and so is any other shape of `_decode`.
 */

interface TtfGlyph {
  _decode: (this: TtfGlyph) => unknown;
  _font?: { directory?: { tables?: Record<string, unknown> } };
}

let isInstalled = false;

/** Makes fontkit's TrueType glyphs of `font`'s kind decode once each; `font` supplies the class. */
export function cacheDecodedGlyphs(font: Font): void {
  if (isInstalled) return;
  isInstalled = true;
  const sample = font.glyphForCodePoint(0x4e00) as unknown as Partial<TtfGlyph>;
  const prototype = Object.getPrototypeOf(sample) as Partial<TtfGlyph> | null;
  const original = prototype?._decode;
  if (!prototype || typeof original !== 'function' || original.length !== 0) return;
  const decoded = new WeakMap<TtfGlyph, unknown>();
  prototype._decode = function decode(this: TtfGlyph) {
    if (arePatchesBypassed() || this._font?.directory?.tables?.fvar !== undefined)
      return original.call(this);
    if (decoded.has(this)) {
      countUse('decodedGlyphs');
      return decoded.get(this);
    }
    const glyph = original.call(this);
    decoded.set(this, glyph);
    return glyph;
  };
  markApplied('decodedGlyphs');
}
