import { createRequire } from 'node:module';
import type { Font, Glyph } from 'fontkit';
import { installFastDeflate } from './fast-deflate.js';
import { arePatchesBypassed, countUse, markApplied } from './patch-status.js';

/*
 * Font handling tuned for 10–15 MB CJK fonts, written against pdfmake 0.3 / pdfkit 0.19 (if
 * their shape changes, this does nothing, pdfkit's own path runs and patch-status.test.ts fails):
 * - pdfkit parses each font file anew for every document; here pdfmake's font lookup builds
 *   pdfkit's EmbeddedFont from a fontkit Font parsed once per process, sharing a bounded cache
 *   of measured strings (the template's labels recur in every report). Each document still gets
 *   its own EmbeddedFont, so its own glyph subset.
 * - pdfkit shapes every string with fontkit's full OpenType engine, whose GSUB/GPOS tables take
 *   a quarter of a cold start to parse. Chinese text needs no shaping: glyphs come straight from
 *   the cmap, advances from hmtx (no kerning or ligatures in Latin runs).
 */

interface PdfKitDocument {
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  fontCache: Record<string, Record<string, unknown>>;
  getFontType(bold: boolean, italics: boolean): string;
  font(src: Uint8Array): { _font: object };
  ref(): unknown;
}
interface EmbeddedFont {
  font: Font;
  scale: number;
  layoutCache?: Record<string, unknown>;
  // A field, not a method: the patch reads it off the prototype and calls it with `this`.
  layoutRun: (this: EmbeddedFont, text: string, features?: unknown) => Run;
}
interface Run {
  glyphs: Glyph[];
  positions: {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
    advanceWidth: number;
  }[];
  advanceWidth: number;
}
interface EmbeddedFontClass {
  new (document: PdfKitDocument, font: Font, id: string): EmbeddedFont;
  prototype: EmbeddedFont;
}
type ProvideFont = (
  this: PdfKitDocument,
  family: string,
  bold: boolean,
  italics: boolean,
) => unknown;
interface DocumentClass {
  new (...args: unknown[]): PdfKitDocument;
  prototype: { provideFont: ProvideFont };
}

const require = createRequire(import.meta.url);
const parsedByFamily = new Map<string, Font>();
const layoutCaches = new Map<string, Record<string, unknown>>();
/** Past this many strings a font's shared cache starts afresh: a server renders reports for ever. */
const layoutCacheLimit = 5000;

function sharedLayoutCache(family: string): Record<string, unknown> {
  const cache = layoutCaches.get(family);
  if (cache && Object.keys(cache).length < layoutCacheLimit) return cache;
  const fresh: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  layoutCaches.set(family, fresh);
  return fresh;
}
let embeddedFontClass: EmbeddedFontClass | undefined;

function documentClass(): DocumentClass | undefined {
  try {
    const module = require('pdfmake/js/PDFDocument.js') as { default?: DocumentClass };
    return typeof module.default?.prototype.provideFont === 'function' ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/** Glyphs from the cmap and advances from hmtx: what shaping gives Chinese text, at a fraction of the cost. */
function layoutWithoutShaping(this: EmbeddedFont, text: string): Run {
  const glyphs = this.font.glyphsForString(text);
  let advanceWidth = 0;
  const positions = glyphs.map((glyph) => {
    const advance = glyph.advanceWidth * this.scale;
    advanceWidth += advance;
    return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
  });
  return { glyphs, positions, advanceWidth };
}

/** Whether pdfkit's document and font still have the fields the patches use (pdfkit 0.19). */
function hasExpectedShape(document: PdfKitDocument, font: EmbeddedFont): boolean {
  return (
    typeof document._fontCount === 'number' &&
    typeof document._fontFamilies === 'object' &&
    typeof document.fontCache === 'object' &&
    typeof document.getFontType === 'function' &&
    typeof font.layoutRun === 'function' &&
    typeof font.layoutCache === 'object' &&
    typeof font.scale === 'number' &&
    typeof (font.font as Partial<Font> | undefined)?.glyphsForString === 'function'
  );
}

function patch(Document: DocumentClass, bytes: Uint8Array): void {
  // pdfkit does not export EmbeddedFont: take its class from a font opened in a scratch document.
  const scratch = new Document({}, {}, {}, {}, { autoFirstPage: false });
  const sample = scratch.font(bytes)._font as EmbeddedFont;
  installFastDeflate(scratch.ref());
  if (!hasExpectedShape(scratch, sample)) return;
  const found = sample.constructor as EmbeddedFontClass;
  const shaped = found.prototype.layoutRun;
  found.prototype.layoutRun = function layoutRun(this: EmbeddedFont, text, features) {
    if (features || arePatchesBypassed()) return shaped.call(this, text, features);
    countUse('unshapedLayout');
    return layoutWithoutShaping.call(this, text);
  };
  const original = Document.prototype.provideFont;
  Document.prototype.provideFont = function provideFont(
    this: PdfKitDocument,
    family,
    bold,
    italics,
  ) {
    const parsed = parsedByFamily.get(family);
    if (!parsed || arePatchesBypassed()) return original.call(this, family, bold, italics);
    const type = this.getFontType(bold, italics);
    const cache = (this.fontCache[family] ??= {});
    if (!cache[type]) {
      countUse('parsedFonts');
      const id = `F${++this._fontCount}`;
      const embedded = new found(this, parsed, id);
      if (embedded.layoutCache) embedded.layoutCache = sharedLayoutCache(family);
      this._fontFamilies[id] = embedded;
      cache[type] = embedded;
    }
    return cache[type];
  };
  embeddedFontClass = found;
  markApplied('unshapedLayout');
  markApplied('parsedFonts');
}

/** Makes pdfmake documents use `font`, parsed once, for `family`; `bytes` are the font file's. */
export function reuseParsedFont(family: string, font: Font, bytes: Uint8Array): void {
  parsedByFamily.set(family, font);
  if (embeddedFontClass) return;
  const Document = documentClass();
  if (Document) patch(Document, bytes);
}
