import type { Line } from './document.js';
import { ruledCells, type RuledCell } from './pdf-grid.js';
import type { PdfItem, PdfPage } from './pdf-items.js';
import { isValueText } from './value-text.js';

// Two runs share a row when their heights overlap by more than this share of the font size.
const rowOverlap = 0.2;
// Runs closer than this share of the font size belong to one cell.
const cellGap = 0.3;

const top = (item: PdfItem) => item.y - item.size;
const sameLine = (a: PdfItem, b: PdfItem) => Math.abs(a.y - b.y) < rowOverlap * a.size;

/** pdf.js joins runs that nearly touch with a space: numbers of narrow columns become one run. */
function splitNumbers(item: PdfItem): PdfItem[] {
  const parts = item.text.trim().split(/\s+/);
  if (parts.length < 2 || !parts.every(isValueText)) return [item];
  const perCharacter = item.width / Math.max(1, item.text.length);
  let at = item.text.indexOf(parts[0] ?? '');
  return parts.map((part) => {
    const start = item.text.indexOf(part, at);
    at = start + part.length;
    return {
      ...item,
      text: part,
      x: item.x + start * perCharacter,
      width: part.length * perCharacter,
    };
  });
}

/** A cell's runs line by line, each line left to right. */
function cellText(items: readonly PdfItem[]): string {
  const lines: PdfItem[][] = [];
  for (const item of [...items].sort((a, b) => a.y - b.y)) {
    const line = lines.at(-1);
    if (line?.[0] && sameLine(line[0], item)) line.push(item);
    else lines.push([item]);
  }
  return lines
    .flatMap((line) => line.sort((a, b) => a.x - b.x).map((item) => item.text))
    .join('')
    .trim();
}

// Cells whose tops lie this close start one row.
const rowTolerance = 1.5;

/** Ruled cells as rows, as a page's table has them: the cells that start at one rule, left to right. */
function ruledRows(cells: readonly RuledCell[]): (PageLine & { top: number })[] {
  const rows: RuledCell[][] = [];
  for (const cell of [...cells].sort((a, b) => a.top - b.top)) {
    const row = rows.at(-1);
    if (row?.[0] && cell.top - row[0].top <= rowTolerance) row.push(cell);
    else rows.push([cell]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.left - b.left);
    return {
      line: { cells: row.map((cell) => cellText(cell.items)), isRow: true, loose: true },
      y: Math.max(...row.flatMap((cell) => cell.items.map((item) => item.y))),
      top: row[0]?.top ?? 0,
      ruled: row.map(({ left, open }) => ({ left, open })),
    };
  });
}

/** Runs whose heights overlap, transitively: a table row with its wrapped label, or one line of prose. */
function bands(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => top(a) - top(b) || a.x - b.x);
  const found: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let bottom = -Infinity;
  for (const item of sorted) {
    if (current.length > 0 && top(item) > bottom - rowOverlap * item.size) {
      found.push(current);
      current = [];
      bottom = -Infinity;
    }
    current.push(item);
    bottom = Math.max(bottom, item.y);
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** The rightmost of a column's runs on an item's line (runs arrive left to right). */
const lastOnLine = (items: readonly PdfItem[], item: PdfItem) =>
  items.findLast((other) => sameLine(other, item));

/** A band's cells: runs that overlap or nearly touch across, each read top to bottom. */
function cellsOf(band: readonly PdfItem[]): string[] {
  const columns: { left: number; right: number; items: PdfItem[] }[] = [];
  for (const item of [...band].sort((a, b) => a.x - b.x)) {
    const gap = cellGap * item.size;
    const column = columns.find(
      (c) =>
        item.x <= c.right + gap &&
        item.x + item.width >= c.left - gap &&
        // Two numbers side by side are two cells, however narrow the columns.
        !(isValueText(item.text) && isValueText(lastOnLine(c.items, item)?.text ?? '')),
    );
    if (column) {
      column.items.push(item);
      column.left = Math.min(column.left, item.x);
      column.right = Math.max(column.right, item.x + item.width);
    } else columns.push({ left: item.x, right: item.x + item.width, items: [item] });
  }
  return columns.sort((a, b) => a.left - b.left).map((column) => cellText(column.items));
}

/** A line of a page with its lowest baseline; a table row also with where its cells start. */
export interface PageLine {
  readonly line: Line;
  readonly y: number;
  readonly ruled?: readonly { readonly left: number; readonly open: boolean }[];
}

/** Lines outside ruled tables, by position: a paragraph (one cell) or a row whose blanks left no trace. */
function unruledLines(items: readonly PdfItem[]): (PageLine & { top: number })[] {
  return bands(items.flatMap(splitNumbers)).map((band) => {
    const cells = cellsOf(band);
    const y = Math.max(...band.map((item) => item.y));
    const line = cells.length > 1 ? { cells, isRow: true, loose: true } : { cells, isRow: false };
    return { line, y, top: Math.min(...band.map(top)) };
  });
}

/** One page as lines, each with its lowest baseline: table rows by their drawn rules, the rest by position. */
export function pageLines(page: PdfPage): PageLine[] {
  const { cells, rest } = ruledCells(page.items, page.rules ?? []);
  return [...ruledRows(cells), ...unruledLines(rest)]
    .sort((a, b) => a.top - b.top)
    .map(({ top: _top, ...line }) => line);
}
