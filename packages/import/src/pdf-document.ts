import type { Line, ReportDocument } from './document.js';
import { readPdfPages, type PdfPage } from './pdf-items.js';
import { pageLines, type PageLine } from './pdf-lines.js';
import { joinPages } from './pdf-page-breaks.js';

// Page numbers as printed: “— 3 —”, “- 3 -”, “第3页”, “第 3 页 共 9 页”, “3/9”, “3”.
const pageNumber = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:[/／]\s*\d+|共\s*\d+\s*页)?[-—–\s]*$/;
// Headers and footers sit in the top and bottom margins of a page.
const margin = 0.08;
// Fewer characters than this in the whole file: no text layer, a scan.
const minText = 20;

const textOf = (line: Line) => line.cells.join(' ').trim();

/** Drops page numbers, and lines in the margins that repeat on other pages (running heads). */
function bodyLines(pages: readonly PdfPage[]): Line[] {
  const perPage = pages.map((page) => {
    const inMargin = (y: number) => y < page.height * margin || y > page.height * (1 - margin);
    return pageLines(page).map((line) => ({ ...line, inMargin: inMargin(line.y) }));
  });
  const marginTexts = new Map<string, number>();
  for (const lines of perPage) {
    const seen = new Set(lines.filter((l) => l.inMargin).map((l) => runningKey(textOf(l.line))));
    for (const key of seen) marginTexts.set(key, (marginTexts.get(key) ?? 0) + 1);
  }
  const kept = perPage.map((lines) =>
    lines.filter(({ line, inMargin }): boolean => {
      const text = textOf(line);
      if (pageNumber.test(text)) return false;
      return !inMargin || pages.length < 2 || (marginTexts.get(runningKey(text)) ?? 0) < 2;
    }),
  );
  return joinPages(kept as PageLine[][]).map(({ line }) => line);
}

const runningKey = (text: string) => text.replace(/\d+/g, '#');

/**
 * A PDF report's text as lines, by position: rows of cells, paragraphs line by line, page
 * numbers and running heads dropped; `scanned` when the file has no text layer to read.
 */
export async function pdfDocument(
  bytes: Uint8Array,
): Promise<{ readonly document: ReportDocument } | { readonly scanned: true }> {
  const pages = await readPdfPages(bytes);
  const characters = pages.reduce(
    (sum, page) => sum + page.items.reduce((n, item) => n + item.text.trim().length, 0),
    0,
  );
  if (characters < minText) return { scanned: true };
  return { document: { lines: bodyLines(pages), meta: {} } };
}
