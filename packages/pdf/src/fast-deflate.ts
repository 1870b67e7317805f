import { deflateSync } from 'node:zlib';
import { arePatchesBypassed, countUse, markApplied } from './patch-status.js';

/*
 * pdfkit compresses every stream (pages, font subsets) at zlib's default level 6, a fifth of a
 * warm render; level 1 takes a third of the time for files a few per cent larger. Written
 * against pdfkit 0.19's PDFReference (buffer of chunks, compress flag, finalize); if its shape
 * changes, pdfkit compresses as before (and patch-status.test.ts fails).
 */

interface PdfReference {
  compress: boolean;
  buffer: Uint8Array[] | Buffer;
  finalize: (this: PdfReference) => void;
}

/** zlib's fastest level: PDF streams of text and glyph outlines still shrink about fourfold. */
const level = 1;
let isInstalled = false;

/** Makes pdfkit deflate streams at level 1; `reference` is any PDFReference, to reach its class. */
export function installFastDeflate(reference: unknown): void {
  if (isInstalled) return;
  isInstalled = true;
  const prototype = Object.getPrototypeOf(reference) as Partial<PdfReference> | null;
  const original = prototype?.finalize;
  const sample = reference as Partial<PdfReference>;
  if (
    !prototype ||
    typeof original !== 'function' ||
    typeof sample.compress !== 'boolean' ||
    !Array.isArray(sample.buffer)
  )
    return;
  prototype.finalize = function finalize(this: PdfReference) {
    if (
      this.compress &&
      Array.isArray(this.buffer) &&
      this.buffer.length > 0 &&
      !arePatchesBypassed()
    ) {
      countUse('fastDeflate');
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level })];
      // The Filter (FlateDecode) is already set; pdfkit must not compress again.
      this.compress = false;
    }
    original.call(this);
  };
  markApplied('fastDeflate');
}
