import { tableLayout, tablesOf, template2021, type LayoutCell } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { placeCells } from './place-cells.js';

describe('placeCells', () => {
  it('puts each cell at its layout position and covers what its spans merge', () => {
    const label = (text: string, at: [number, number], rowSpan = 1, colSpan = 1): LayoutCell => ({
      type: 'label',
      role: 'column',
      text,
      row: at[0],
      col: at[1],
      rowSpan,
      colSpan,
    });
    const grid = placeCells(
      [
        [label('a', [0, 0], 2), label('b', [0, 1], 1, 2)],
        [label('c', [1, 1]), label('d', [1, 2])],
      ],
      3,
    );
    expect(
      grid.map((row) =>
        row.map((slot) => (slot === 'covered' ? '·' : slot.type === 'label' && slot.text)),
      ),
    ).toEqual([
      ['a', 'b', '·'],
      ['·', 'c', 'd'],
    ]);
  });

  for (const table of tablesOf(template2021)) {
    it(`fills every grid position of table ${table.id} exactly once`, () => {
      for (const block of tableLayout(table).blocks) {
        const grid = placeCells(block.rows, table.width);
        const area = grid
          .flat()
          .reduce((sum, slot) => sum + (slot === 'covered' ? 0 : slot.rowSpan * slot.colSpan), 0);
        expect(area).toBe(grid.length * table.width);
        expect(grid.flat().filter((slot) => slot !== 'covered')).toHaveLength(
          block.rows.flat().length,
        );
      }
    });
  }
});
