import { Parser } from 'htmlparser2';
import type { Line, ReportDocument } from './document.js';

// Elements that end a paragraph; inside a table cell they only break the line.
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'caption',
]);
// Elements whose text is never part of the report.
const skippedElements = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'select',
  'button',
  'svg',
]);

/**
 * An HTML page as lines: every `<tr>` a row of its cells' text (one cell per `<td>`, merged or
 * not), every other block a paragraph. `<title>` and `<meta name content>` go to `meta`.
 */
export function htmlDocument(html: string): ReportDocument {
  const lines: Line[] = [];
  const meta: Record<string, string> = {};
  let paragraph = '';
  let row: string[] | undefined;
  let cell: { text: string } | undefined;
  let skipping = 0;
  let inTitle = false;
  let title = '';

  const flushParagraph = () => {
    const text = paragraph.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) lines.push({ cells: [text], isRow: false });
    paragraph = '';
  };
  const closeCell = () => {
    if (!cell || !row) return;
    row.push(cell.text.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim());
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row && row.length > 0) lines.push({ cells: row, isRow: true });
    row = undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skippedElements.has(name)) skipping++;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (
            attributes.name ??
            attributes.property ??
            attributes['http-equiv'] ??
            ''
          ).toLowerCase();
          if (key && attributes.content !== undefined) meta[key] = attributes.content;
        }
        if (name === 'tr') {
          closeRow();
          flushParagraph();
          row = [];
        } else if (name === 'td' || name === 'th') {
          closeCell();
          if (!row) {
            flushParagraph();
            row = [];
          }
          cell = { text: '' };
        } else if (blockElements.has(name)) {
          if (cell) cell.text += '\n';
          else flushParagraph();
        }
      },
      onclosetag(name) {
        if (skippedElements.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'title') inTitle = false;
        if (name === 'td' || name === 'th') closeCell();
        else if (name === 'tr' || name === 'table') closeRow();
        else if (blockElements.has(name) && !cell) flushParagraph();
        else if (blockElements.has(name) && cell) cell.text += '\n';
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipping > 0) return;
        else if (cell) cell.text += text;
        else paragraph += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  closeRow();
  flushParagraph();
  const pageTitle = title.replace(/\s+/g, ' ').trim();
  if (pageTitle && meta.title === undefined) meta.title = pageTitle;
  return { lines, meta };
}
