import { describe, expect, it } from 'vitest';
import { withGridPositions } from './grid-positions.js';

const cell = (rowSpan: number, colSpan: number) => ({ rowSpan, colSpan });

describe('withGridPositions', () => {
  it('skips the columns a cell from the row above still covers', () => {
    const rows = [
      [cell(2, 1), cell(1, 2)],
      [cell(1, 1), cell(1, 1)],
    ];
    const placed = withGridPositions(rows, 3);
    expect(placed.map((row) => row.map(({ row: r, col }) => [r, col]))).toEqual([
      [
        [0, 0],
        [0, 1],
      ],
      [
        [1, 1],
        [1, 2],
      ],
    ]);
  });

  it('refuses a row that overflows the grid', () => {
    expect(() => withGridPositions([[cell(1, 2), cell(1, 2)]], 3)).toThrow('overflows');
  });

  it('refuses a row that leaves a position empty', () => {
    expect(() => withGridPositions([[cell(1, 2)]], 3)).toThrow('empty');
  });
});
