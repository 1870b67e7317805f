import { describe, expect, it } from 'vitest';
import { tableLayout } from './layout.js';
import { tablesOf } from './template.js';
import { template2021, templates } from './templates.js';

const allTables = templates.flatMap((template) =>
  tablesOf(template).map((table) => [`${template.format} ${table.id}`, table] as const),
);

describe.each(allTables)('tableLayout(%s)', (_name, table) => {
  const layout = tableLayout(table);

  it('covers every grid position of each block exactly once by the cells’ row, col and spans', () => {
    for (const block of layout.blocks) {
      const counts = block.rows.map(() => Array.from({ length: layout.width }, () => 0));
      for (const cell of block.rows.flat())
        for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
          for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
            const line = counts[r];
            if (line) line[c] = (line[c] ?? 0) + 1;
          }
      for (const line of counts) expect(line).toEqual(line.map(() => 1));
    }
  });

  it('numbers rows in print order, title row first, header rows before the body', () => {
    for (const block of layout.blocks) {
      block.rows.forEach((row, r) => {
        for (const cell of row) expect(cell.row).toBe(r);
      });
      expect(block.rows.slice(block.headerRows - block.header.length, block.headerRows)).toEqual(
        block.header,
      );
      expect(block.rows.slice(block.headerRows)).toEqual(block.body);
      const first = block.rows[0]?.[0];
      expect(first?.type === 'label' && first.role === 'title').toBe(block.title !== undefined);
    }
  });

  it('starts value cells right of the label columns', () => {
    for (const block of layout.blocks)
      for (const cell of block.body.flat())
        if (cell.type === 'value') expect(cell.col).toBeGreaterThanOrEqual(block.labelColumns);
        else expect(cell.col + cell.colSpan).toBeLessThanOrEqual(block.labelColumns);
  });
});

describe('tableLayout of table 三 (2021)', () => {
  const requests = tablesOf(template2021).find((table) => table.id === 'requests');
  const [block] = requests ? tableLayout(requests).blocks : [];

  it('puts the corner at the origin over three label columns and three header rows', () => {
    expect(block?.labelColumns).toBe(3);
    expect(block?.headerRows).toBe(3);
    expect(block?.rows[0]?.[0]).toMatchObject({ role: 'corner', row: 0, col: 0, rowSpan: 3 });
  });

  it('places the first value cell at the first body row, after the labels', () => {
    const first = block?.body.flat().find((cell) => cell.type === 'value');
    expect(first).toMatchObject({ row: 3, col: 3 });
  });
});
