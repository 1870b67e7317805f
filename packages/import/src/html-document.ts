import type { Line, ReportDocument } from './document.js';
import { readAttributes, scanHtml } from './scan-html.js';

// Elements that end a paragraph; inside a table cell they only break the line.
const blockElements = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table tbody thead ul'.split(
    ' ',
  ),
);
// Elements whose text is never part of the report.
const skippedElements = new Set(
  'script style noscript template nav footer select button svg textarea xmp'.split(' '),
);
const space = /[\s\u00a0]+/g;

/**
 * An HTML page as lines: every `<tr>` a row of its cells' text (one cell per `<td>`, merged or
 * not), every other block a paragraph. `<title>` and `<meta name content>` go to `meta`.
 */
export function htmlDocument(html: string): ReportDocument {
  const lines: Line[] = [];
  const meta: Record<string, string> = {};
  let paragraph = '';
  let row: string[] | undefined;
  let cell: string | undefined;
  let skipping = 0;
  let inTitle = false;

  const flushParagraph = () => {
    if (!paragraph) return;
    const text = paragraph.replace(space, ' ').trim();
    if (text) lines.push({ cells: [text], isRow: false });
    paragraph = '';
  };
  const closeCell = () => {
    if (cell === undefined || !row) return;
    row.push(cell.replace(space, ' ').trim());
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row && row.length > 0) lines.push({ cells: row, isRow: true });
    row = undefined;
  };

  scanHtml(html, {
    openTag(name, from, to) {
      if (skippedElements.has(name)) skipping++;
      if (name === 'title') inTitle = true;
      if (name === 'meta') {
        const { name: key = '', property = '', content } = readAttributes(html.slice(from, to));
        if ((key || property) && content !== undefined)
          meta[(key || property).toLowerCase()] = content;
      } else if (name === 'tr') {
        closeRow();
        flushParagraph();
        row = [];
      } else if (name === 'td' || name === 'th') {
        closeCell();
        if (!row) {
          flushParagraph();
          row = [];
        }
        cell = '';
      } else if (blockElements.has(name)) {
        if (cell !== undefined) cell += '\n';
        else flushParagraph();
      }
    },
    closeTag(name) {
      if (skippedElements.has(name)) skipping = Math.max(0, skipping - 1);
      if (name === 'title') inTitle = false;
      if (name === 'td' || name === 'th') closeCell();
      else if (name === 'tr' || name === 'table') closeRow();
      else if (blockElements.has(name)) {
        if (cell !== undefined) cell += '\n';
        else flushParagraph();
      }
    },
    text(text) {
      if (inTitle) meta['title'] ??= text.replace(space, ' ').trim();
      else if (skipping > 0) return;
      else if (cell !== undefined) cell += text;
      else paragraph += text;
    },
  });
  closeRow();
  flushParagraph();
  return { lines, meta };
}
