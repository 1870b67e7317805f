/** One line of a published report: a paragraph (one cell) or a table row (its cells in order). */
export interface Line {
  readonly cells: readonly string[];
  readonly isRow: boolean;
}

/** A published report reduced to lines, with the page's metadata (`title`, `<meta>` by name). */
export interface ReportDocument {
  readonly lines: readonly Line[];
  readonly meta: Readonly<Record<string, string>>;
}

const blank = /^[\s\u00a0\u3000]*$/;

/** True when a cell holds nothing but white space. */
export const isEmptyCell = (text: string): boolean => blank.test(text);

/** The non-empty cells of a line, trimmed. */
export const filledCells = (line: Line): string[] =>
  line.cells.flatMap((cell) => (isEmptyCell(cell) ? [] : [cell.trim()]));

/** A line's text when it reads as a paragraph: a paragraph, or a row with a single filled cell. */
export function paragraphText(line: Line): string | undefined {
  const filled = filledCells(line);
  if (!line.isRow) return filled[0] ?? '';
  return filled.length === 1 ? filled[0] : undefined;
}
