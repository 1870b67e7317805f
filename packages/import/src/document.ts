/** One line of a published report: a paragraph (one cell) or a table row (its cells in order). */
export interface Line {
  readonly cells: readonly string[];
  readonly isRow: boolean;
  /** Cells split by runs of spaces or position: a blank cell left no trace, so counts must match. */
  readonly loose?: boolean;
}

/** A published report reduced to lines, with the page's metadata (`title`, `<meta>` by name). */
export interface ReportDocument {
  readonly lines: readonly Line[];
  readonly meta: Readonly<Record<string, string>>;
}

/** True when a cell holds nothing but white space (trim() knows &nbsp; and the ideographic space). */
export const isEmptyCell = (text: string): boolean => text.trim() === '';

/** The non-empty cells of a line, trimmed. */
export function filledCells(line: Line): string[] {
  // A plain loop: this runs for every line of every table, twice per template.
  const filled: string[] = [];
  for (const cell of line.cells) {
    const trimmed = cell.trim();
    if (trimmed !== '') filled.push(trimmed);
  }
  return filled;
}

/** A line's text when it reads as a paragraph: a paragraph, or a row with a single filled cell. */
export function paragraphText(line: Line): string | undefined {
  let text: string | undefined;
  for (const cell of line.cells) {
    const trimmed = cell.trim();
    if (!trimmed) continue;
    if (text !== undefined) return undefined;
    text = trimmed;
  }
  return text ?? (line.isRow ? undefined : '');
}
