import { filledCells, isEmptyCell, type Line, type ReportDocument } from './document.js';
import { normalizeLabel } from './normalize.js';
import { readCell } from './read-cell.js';

/** Runs of spaces that separate the columns of PDF layout text. */
export const columnGap = /[ \u00a0\u3000]{2,}/;
// A value, not a label: digits, separators, a unit (no label is only that).
const looksNumeric = /^[\s\d０-９,，.．+\-−－]*(?:件|万元|元)?\s*$/;

const none: readonly string[] = [];

// “3.” alone is an item's number that layout text split from its label, not a value.
const itemNumber = /^\s*\d+\s*[.．、]\s*$/;

/** A document with each line's cells normalised on first use (both templates read the same lines). */
export class DocumentIndex {
  readonly lines: readonly Line[];
  readonly meta: Readonly<Record<string, string>>;
  readonly #keys: (readonly string[] | undefined)[] = [];
  readonly #filled: (readonly string[] | undefined)[] = [];

  constructor(source: ReportDocument) {
    this.lines = source.lines;
    this.meta = source.meta;
  }

  /** The last cell of line `index` as printed; of a layout-text paragraph, its last column or two. */
  lastCells(index: number): string[] {
    const line = this.lines[index];
    const last = line?.cells.at(-1) ?? '';
    if (!line || line.isRow || !columnGap.test(last)) return [last];
    const parts = last.trim().split(columnGap);
    return [parts.at(-1) ?? '', parts.slice(-2).join('')];
  }

  /** The normalised cells of line `index`, a paragraph's split at runs of spaces (a header row of layout text). */
  parts(index: number): readonly string[] {
    const line = this.lines[index];
    if (!line || line.isRow || !columnGap.test(line.cells[0] ?? '')) return this.keys(index);
    return (line.cells[0] ?? '').trim().split(columnGap).map(normalizeLabel);
  }

  /** The non-empty cells of line `index`, trimmed (none past the end). */
  filled(index: number): readonly string[] {
    let filled = this.#filled[index];
    if (!filled) {
      const line = this.lines[index];
      const cells = line ? filledCells(line) : none;
      // Half of a browser's copy is blank lines: they share one empty list.
      filled = cells.length === 0 ? none : cells;
      this.#filled[index] = filled;
    }
    return filled;
  }

  /** The normalised cells of line `index`. */
  keys(index: number): readonly string[] {
    let keys = this.#keys[index];
    if (!keys) {
      keys = (this.lines[index]?.cells ?? []).map((cell) =>
        isEmptyCell(cell) || (looksNumeric.test(cell) && !itemNumber.test(cell))
          ? ''
          : normalizeLabel(cell),
      );
      this.#keys[index] = keys;
    }
    return keys;
  }
}

/** True when a cell reads as a number (a value, not a label). */
export const isNumberCell = (text: string): boolean =>
  readCell(text, 'amount').type === 'number' || readCell(text, 'count').type === 'number';
