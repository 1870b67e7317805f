import type { DocumentIndex } from './document-index.js';
import { isEmptyCell } from './document.js';
import { fitValues } from './fit-values.js';
import type { RowPlan } from './table-plan.js';
import { isValueText } from './value-text.js';

/** A row's cells after its label, and whether their positions are lost (blanks leave no trace). */
export interface RowCells {
  readonly rest: readonly string[];
  readonly loose: boolean;
  /** Lines the values took after the label's own. */
  readonly extraLines: number;
}

// No row of a template has more values than this; a longer run is not one row.
const maxValues = 40;

/** True when the next line with text continues an item's number: “2” then “.重复申请”. */
function isEnumerator(index: DocumentIndex, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const first = index.filled(at)[0];
    if (first !== undefined) return /^[.．、]/.test(first);
  }
  return false;
}

/** The values printed after a label that stands alone: one per line, or on a line of their own. */
export function valuesAfter(index: DocumentIndex, from: number, end: number): RowCells {
  const values: string[] = [];
  let used = 0;
  let rows = 0;
  let positional = true;
  for (let at = from; at < end && values.length < maxValues; at++) {
    const line = index.lines[at];
    if (!line) break;
    const filled = index.filled(at);
    if (filled.length === 0) continue;
    if (!filled.every(isValueText) || isEnumerator(index, at + 1, end)) break;
    if (!line.isRow || line.loose) positional = false;
    rows++;
    values.push(...(line.isRow && !line.loose ? line.cells : filled));
    used = at - from + 1;
  }
  return { rest: values, loose: !positional || rows > 1, extraLines: used };
}

/** True when a label's line holds no values to read: they follow it on the next lines. */
export const valuesFollow = (rest: readonly string[], isRow: boolean): boolean =>
  rest.every(isEmptyCell) && !(isRow && rest.length > 0);

/** The printed value texts of a row in its value order, or the count found when they do not fit. */
export function rowValues(
  row: RowPlan,
  cells: RowCells,
): { texts: (string | undefined)[] } | { count: number } {
  if (!cells.loose) return { texts: fitValues(cells.rest, row.spans) };
  const filled = cells.rest.filter((cell) => !isEmptyCell(cell));
  // Without positions a blank cannot be placed: any other count is a guess, never made.
  if (filled.length !== row.cells.length) return { count: filled.length };
  return { texts: filled };
}
