import type { LayoutCell } from '@nianbao/schema';

/** A grid position: the cell that starts there, or a position covered by a merged cell. */
export type GridSlot = { readonly cell: LayoutCell; readonly column: number } | 'covered';

/**
 * Places layout rows (each listing only the cells that start in it) on a grid of `width`
 * columns, as pdfmake wants its table body: every row full width, merged areas marked.
 */
export function placeCells(rows: readonly (readonly LayoutCell[])[], width: number): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = rows.map(() => Array.from({ length: width }));
  rows.forEach((cells, r) => {
    let column = 0;
    for (const cell of cells) {
      while (grid[r]?.[column] !== undefined) column++;
      if (column + cell.colSpan > width) throw new Error(`row ${r} overflows ${width} columns`);
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const row = grid[r + dr];
          if (row) row[column + dc] = 'covered';
        }
      }
      const row = grid[r];
      if (row) row[column] = { cell, column };
      column += cell.colSpan;
    }
  });
  return grid.map((row, r) =>
    row.map((slot, column) => {
      if (slot === undefined) throw new Error(`row ${r} leaves column ${column} empty`);
      return slot;
    }),
  );
}
