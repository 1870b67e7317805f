import { tableCells, tablesOf, template2021, templates } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { tableGrid, type GridCell } from './grid-layout';

const allTables = templates.flatMap((template) =>
  tablesOf(template).map((table) => ({ name: `${template.format} ${table.id}`, table })),
);
const width = (row: readonly GridCell[]) => row.reduce((sum, cell) => sum + cell.colSpan, 0);

describe.each(allTables)('tableGrid($name)', ({ table }) => {
  const grid = tableGrid(table);

  it('offers every value cell of the table once, in print order, for keyboard entry', () => {
    const navOrder = grid.nav.flat().map((cell) => cell.address);
    expect(navOrder).toEqual(tableCells(table).map((cell) => cell.address));
  });

  it('labels every value cell with its row and column labels', () => {
    const values = grid.blocks.flatMap((b) => b.rows.flat()).filter((c) => c.type === 'value');
    for (const cell of values) {
      const def = tableCells(table).find((d) => d.address === cell.address);
      expect(cell.label).toBe(
        [...(def?.rowLabels ?? []), ...(def?.columnLabels ?? [])].join(' · '),
      );
    }
  });

  it('places every value cell inside the table width', () => {
    for (const cell of grid.nav.flat())
      expect(cell.column + cell.span).toBeLessThanOrEqual(grid.width);
  });

  it('fills the first header and body row of each block to the full width', () => {
    for (const block of grid.blocks) {
      const headerStart = block.rows[0]?.[0]?.type === 'label' && block.rows[0][0].role === 'title';
      expect(width(block.rows[headerStart ? 1 : 0] ?? [])).toBe(grid.width);
      expect(width(block.rows[block.headerRows] ?? [])).toBe(grid.width);
    }
  });
});

describe('tableGrid on the requests table', () => {
  const requests = tablesOf(template2021).find((t) => t.id === 'requests')!;
  const grid = tableGrid(requests);

  it('starts each value row after the label columns, whatever labels span from above', () => {
    const starts = grid.nav.map((row) => row[0]?.column);
    expect(new Set(starts)).toEqual(new Set([3]));
  });

  it('marks the corner note as the corner and the group headers as column headers', () => {
    const header = grid.blocks[0]!.rows;
    expect(header[0]?.[0]).toMatchObject({ role: 'corner', rowSpan: 3, colSpan: 3 });
    expect(header[0]?.[1]).toMatchObject({ role: 'column', text: '申请人情况' });
  });
});
