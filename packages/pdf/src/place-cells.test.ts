import { tableLayout, tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { placeCells } from './place-cells.js';

describe('placeCells', () => {
  it('puts merged cells where their spans leave room', () => {
    const label = (text: string, rowSpan = 1, colSpan = 1) => ({
      type: 'label' as const,
      role: 'column' as const,
      text,
      rowSpan,
      colSpan,
    });
    const grid = placeCells(
      [
        [label('a', 2), label('b', 1, 2)],
        [label('c'), label('d')],
      ],
      3,
    );
    expect(
      grid.map((row) =>
        row.map((slot) =>
          slot === 'covered' ? '·' : slot.cell.type === 'label' && slot.cell.text,
        ),
      ),
    ).toEqual([
      ['a', 'b', '·'],
      ['·', 'c', 'd'],
    ]);
  });

  it('rejects a row that overflows the grid', () => {
    const wide = {
      type: 'label' as const,
      role: 'column' as const,
      text: 'x',
      rowSpan: 1,
      colSpan: 3,
    };
    expect(() => placeCells([[wide]], 2)).toThrow(/overflows/);
  });

  for (const table of tablesOf(template2021)) {
    it(`fills every grid position of table ${table.id} exactly once`, () => {
      for (const block of tableLayout(table).blocks) {
        const grid = placeCells([...block.header, ...block.body], table.width);
        const area = grid
          .flat()
          .reduce(
            (sum, slot) => sum + (slot === 'covered' ? 0 : slot.cell.rowSpan * slot.cell.colSpan),
            0,
          );
        expect(area).toBe(grid.length * table.width);
      }
    });
  }
});
