/** Where a printed cell sits: 0-based grid row and column of its top-left corner, and its spans. */
export interface GridPosition {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Gives each cell of printed rows (each row listing only the cells that start in it, left to
 * right) its grid row and column, skipping positions covered by row spans from above; throws
 * when a row overflows `width` columns or leaves a position empty.
 */
export function withGridPositions<T extends { readonly rowSpan: number; readonly colSpan: number }>(
  rows: readonly (readonly T[])[],
  width: number,
): (T & GridPosition)[][] {
  const taken = rows.map(() => Array.from({ length: width }, () => false));
  const placed = rows.map((cells, row) => {
    let col = 0;
    return cells.map((cell) => {
      while (taken[row]?.[col]) col++;
      if (col + cell.colSpan > width) throw new Error(`row ${row} overflows ${width} columns`);
      for (let r = row; r < row + cell.rowSpan; r++)
        for (let c = col; c < col + cell.colSpan; c++) {
          const line = taken[r];
          if (line) line[c] = true;
        }
      const positioned = { ...cell, row, col };
      col += cell.colSpan;
      return positioned;
    });
  });
  taken.forEach((line, row) => {
    const empty = line.indexOf(false);
    if (empty >= 0) throw new Error(`row ${row} leaves column ${empty} empty`);
  });
  return placed;
}
