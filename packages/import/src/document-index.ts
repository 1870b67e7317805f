import { isEmptyCell, type Line, type ReportDocument } from './document.js';
import { normalizeLabel } from './normalize.js';
import { readCell } from './read-cell.js';

// A value, not a label: digits, separators, a unit (no label is only that).
const looksNumeric = /^[\s\d０-９,，.．+\-−－]*(?:件|万元|元)?\s*$/;

/** A document with each line's cells normalised on first use (both templates read the same lines). */
export class DocumentIndex {
  readonly lines: readonly Line[];
  readonly meta: Readonly<Record<string, string>>;
  readonly #keys: (readonly string[] | undefined)[] = [];

  constructor(source: ReportDocument) {
    this.lines = source.lines;
    this.meta = source.meta;
  }

  /** The normalised cells of line `index`. */
  keys(index: number): readonly string[] {
    let keys = this.#keys[index];
    if (!keys) {
      keys = (this.lines[index]?.cells ?? []).map((cell) =>
        isEmptyCell(cell) || looksNumeric.test(cell) ? '' : normalizeLabel(cell),
      );
      this.#keys[index] = keys;
    }
    return keys;
  }
}

/** True when a cell reads as a number (a value, not a label). */
export const isNumberCell = (text: string): boolean =>
  readCell(text, 'amount').type === 'number' || readCell(text, 'count').type === 'number';
