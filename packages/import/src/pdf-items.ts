import { rulesOfOperators, type PdfRule } from './pdf-rules.js';
import { isValueText } from './value-text.js';

/** A run of text on a PDF page, in points from the page's top-left corner. */
export interface PdfItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size: the item's height. */
  readonly size: number;
}

/** One page's text runs, drawn rules and height. */
export interface PdfPage {
  readonly items: readonly PdfItem[];
  readonly rules?: readonly PdfRule[];
  readonly height: number;
}

// Fonts that map ideographs to radicals (Chromium's PDFs do): 一 printed as ⼀, 页 as ⻚.
const radicalSupplement: Readonly<Record<string, string>> = {
  '⻚': '页',
  '⻓': '长',
  '⻔': '门',
  '⻛': '风',
  '⻢': '马',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻋': '车',
  '⻘': '青',
  '⻝': '食',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⻜': '飞',
  '⻉': '贝',
  '⻈': '讠',
  '⻨': '麦',
  '⻙': '韦',
  '⻥': '鱼',
  '⻦': '鸟',
};
const radicals = /[\u2e80-\u2fdf]/g;
const asIdeographs = (text: string): string =>
  text.replace(radicals, (c) => radicalSupplement[c] ?? c.normalize('NFKC'));

// Fewer numbers than this on a page: no table on it.
const tableValues = 4;
// A report has a few dozen pages at most; a bigger file is not one.
const maxPages = 200;

/** Reads every page's text runs with their positions (pdf.js, loaded on first use). */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
    stopAtErrors: false,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, maxPages); number++) {
      const page = await pdf.getPage(number);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const items = content.items.flatMap((item): PdfItem[] => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        return [{ text: asIdeographs(item.str), x: e, y: height - f, width: item.width, size }];
      });
      // Drawing the page costs as much as its text: only a page with a table's numbers needs its rules.
      if (items.filter((item) => isValueText(item.text.trim())).length < tableValues) {
        pages.push({ items, height });
      } else {
        const { fnArray, argsArray } = await page.getOperatorList();
        const rules = rulesOfOperators({ fnArray, argsArray, ops: OPS, height });
        pages.push({ items, rules, height });
      }
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
