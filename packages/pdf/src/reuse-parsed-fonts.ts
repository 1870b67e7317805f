import { createRequire } from 'node:module';
import type { Font } from 'fontkit';

/*
 * pdfkit parses each font file anew for every document (fontkit.create on 10–15 MB CJK fonts,
 * then cmap, hmtx, loca and GSUB for every run): about half of a warm render. Here pdfmake's
 * font lookup is taught to build pdfkit's EmbeddedFont from a fontkit Font parsed once per
 * process, sharing its cache of shaped strings (read-only once made). Each document still gets
 * its own EmbeddedFont, so its own glyph subset.
 * Written against pdfmake 0.3 / pdfkit 0.19; if their shape changes, it quietly does nothing.
 */

interface PdfKitDocument {
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  fontCache: Record<string, Record<string, unknown>>;
  getFontType(bold: boolean, italics: boolean): string;
  font(src: Uint8Array): { _font: object };
}
type EmbeddedFontClass = new (document: PdfKitDocument, font: Font, id: string) => object;
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
const layoutCaches = new Map<string, object>();
let embeddedFontClass: EmbeddedFontClass | undefined;
let isPatched = false;

function documentClass(): DocumentClass | undefined {
  try {
    const module = require('pdfmake/js/PDFDocument.js') as { default?: DocumentClass };
    return typeof module.default?.prototype.provideFont === 'function' ? module.default : undefined;
  } catch {
    return undefined;
  }
}

/** Makes pdfmake documents use `font` for `family`, parsed once; `bytes` finds pdfkit's font class. */
export function reuseParsedFont(family: string, font: Font, bytes: Uint8Array): void {
  parsedByFamily.set(family, font);
  if (isPatched) return;
  const Document = documentClass();
  if (!Document) return;
  // pdfkit does not export EmbeddedFont: take its class from a font opened in a scratch document.
  const scratch = new Document({}, {}, {}, {}, { autoFirstPage: false });
  embeddedFontClass = scratch.font(bytes)._font.constructor as EmbeddedFontClass;
  const original = Document.prototype.provideFont;
  Document.prototype.provideFont = function provideFont(
    this: PdfKitDocument,
    family,
    bold,
    italics,
  ) {
    const parsed = parsedByFamily.get(family);
    if (!parsed || !embeddedFontClass) return original.call(this, family, bold, italics);
    const type = this.getFontType(bold, italics);
    const cache = (this.fontCache[family] ??= {});
    if (!cache[type]) {
      const id = `F${++this._fontCount}`;
      const embedded = new embeddedFontClass(this, parsed, id) as { layoutCache?: object };
      if (embedded.layoutCache) {
        const shared = layoutCaches.get(family) ?? embedded.layoutCache;
        layoutCaches.set(family, shared);
        embedded.layoutCache = shared;
      }
      this._fontFamilies[id] = embedded;
      cache[type] = embedded;
    }
    return cache[type];
  };
  isPatched = true;
}
