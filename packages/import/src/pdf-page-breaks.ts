import type { PageLine } from './pdf-lines.js';

// Two cells start in one column when their left rules lie this close.
const sameColumn = 2;

/** The first row of a page continues the last row of the one before: each of its cells sits under a broken one. */
function continues(last: PageLine, first: PageLine): boolean {
  const open = (last.ruled ?? []).filter((cell) => cell.open);
  return (
    open.length > 0 &&
    (first.ruled ?? []).length > 0 &&
    (first.ruled ?? []).every((cell) => open.some((o) => Math.abs(o.left - cell.left) < sameColumn))
  );
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
    const ruled = last.ruled ?? [];
    const cells = last.line.cells.map((text, i) => {
      const left = ruled[i]?.left ?? NaN;
      const at = (first.ruled ?? []).findIndex((c) => Math.abs(c.left - left) < sameColumn);
      return at < 0 ? text : text + (first.line.cells[at] ?? '');
    });
    joined[joined.length - 1] = { ...last, line: { ...last.line, cells } };
    joined.push(...rest);
  }
  return joined;
}
