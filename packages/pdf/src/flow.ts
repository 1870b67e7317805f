import type { Content, ContentStack, ContentText } from 'pdfmake/interfaces.js';

/** A paragraph already broken into lines. */
export interface Paragraph {
  readonly lines: readonly ContentText[];
  readonly lineHeight: number;
  readonly isHeading: boolean;
}

const stackOf = (paragraph: Paragraph, lines: readonly ContentText[]): ContentStack => ({
  stack: [...lines],
  lineHeight: paragraph.lineHeight,
});

/** Lines that stay together at the start and the end of a paragraph (no orphans, no widows). */
const keptLines = 2;

/**
 * Lays paragraphs out for pages: headings travel with the first lines of what follows them, and
 * a paragraph neither leaves its first line alone at a page's foot nor its last at the next
 * page's head. Other content (tables) passes through as is.
 */
export function flow(items: readonly (Paragraph | { readonly content: Content })[]): Content[] {
  const laid: Content[] = [];
  let headings: Content[] = [];
  for (const item of items) {
    if ('content' in item) {
      laid.push(...headings, item.content);
      headings = [];
      continue;
    }
    if (item.isHeading) {
      headings.push(stackOf(item, item.lines));
      continue;
    }
    // Under four lines any break leaves one line alone, so such a paragraph stays whole.
    const kept = item.lines.length < 2 * keptLines ? item.lines.length : keptLines;
    const head = item.lines.slice(0, kept);
    const middle = item.lines.slice(kept, -keptLines);
    const tail = item.lines.slice(Math.max(kept, item.lines.length - keptLines));
    laid.push({ stack: [...headings, stackOf(item, head)], unbreakable: true });
    headings = [];
    if (middle.length > 0) laid.push(stackOf(item, middle));
    if (tail.length > 0) laid.push({ ...stackOf(item, tail), unbreakable: true });
  }
  laid.push(...headings);
  return laid;
}
