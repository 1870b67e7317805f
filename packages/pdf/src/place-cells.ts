import type { LayoutCell } from '@nianbao/schema';

/** A grid position: the cell that starts there, or a position covered by a merged cell. */
export type GridSlot = LayoutCell | 'covered';

/**
 * Puts layout rows on a full grid of `width` columns at the positions the layout gives, as
 * pdfmake wants its table body: every row full width, positions under merged cells covered.
 */
export function placeCells(rows: readonly (readonly LayoutCell[])[], width: number): GridSlot[][] {
  const grid: GridSlot[][] = rows.map(() => Array.from({ length: width }, () => 'covered'));
  for (const cell of rows.flat()) {
    const row = grid[cell.row];
    if (row) row[cell.col] = cell;
  }
  return grid;
}
