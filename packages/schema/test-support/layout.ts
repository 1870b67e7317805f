import type { LayoutCell } from '../src/index.js';

/** The label texts of some layout rows, in print order. */
export const labelsOf = (rows: readonly (readonly LayoutCell[])[]): string[] =>
  rows.flat().flatMap((cell) => (cell.type === 'label' ? [cell.text] : []));
