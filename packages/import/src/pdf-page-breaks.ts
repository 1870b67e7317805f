import type { PageLine } from './pdf-lines.js';

// Two cells start in one column when their left rules lie this close.
const sameColumn = 2;

// A piece of a number a page broke: digits, separators and units only.
const numberPiece = /^[\d０-９.,，．万元件-]+$/;

/** The cell of the last row that starts where a cell of the next page's first row does. */
const above = (last: PageLine, left: number) =>
  (last.ruled ?? []).findIndex((cell) => Math.abs(cell.left - left) < sameColumn);

/**
 * The first row of a page continues the last row of the one before: each of its cells sits under
 * a cell the page broke (Chromium leaves it open), or each is the rest of a number broken there
 * (LibreOffice closes both parts).
 */
function continues(last: PageLine, first: PageLine): boolean {
  const cells = first.ruled ?? [];
  if (cells.length === 0 || (last.ruled ?? []).length === 0) return false;
  return cells.every((cell, i) => {
    const at = above(last, cell.left);
    if (at < 0) return false;
    if (last.ruled?.[at]?.open) return true;
    const pieces = [last.line.cells[at] ?? '', first.line.cells[i] ?? ''];
    return pieces.every((piece) => numberPiece.test(piece.trim()));
  });
}

/** Pages' lines in one list, a table row the page broke in two joined back into one. */
export function joinPages(pages: readonly (readonly PageLine[])[]): PageLine[] {
  const joined: PageLine[] = [];
  for (const lines of pages) {
    const last = joined.at(-1);
    const [first, ...rest] = lines;
    if (!last || !first || !continues(last, first)) {
      joined.push(...lines);
      continue;
    }
    const cells = [...last.line.cells];
    (first.ruled ?? []).forEach((cell, i) => {
      const at = above(last, cell.left);
      cells[at] = (cells[at] ?? '') + (first.line.cells[i] ?? '');
    });
    joined[joined.length - 1] = { ...last, line: { ...last.line, cells } };
    joined.push(...rest);
  }
  return joined;
}
