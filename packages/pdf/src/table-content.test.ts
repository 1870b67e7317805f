import { tableLayout, tablesOf, templates } from '@nianbao/schema';
import type { ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { textWidth } from './page-style.js';
import { breakableHeight, tableContent } from './table-content.js';
import { TextLog } from './text-log.js';

const context = {
  report: {},
  where: '表',
  log: new TextLog(),
  family: { body: 'b', heading: 'h', title: 't', subhead: 's' },
  measure: (text: string) => [...text].length * 9,
  lineHeight: 1,
};

describe('tableContent', () => {
  for (const template of templates) {
    for (const table of tablesOf(template)) {
      it(`lays out ${template.format} table ${table.id} as the template's grid, headers repeating`, () => {
        const layout = tableLayout(table);
        const tables = tableContent(layout, context).map((block) => block.content as ContentTable);
        expect(tables).toHaveLength(layout.blocks.length);
        tables.forEach(({ table: pdfTable }, index) => {
          const block = layout.blocks[index];
          if (!block) throw new Error('no block');
          const titleRows = block.title === undefined ? 0 : 1;
          expect(pdfTable.headerRows).toBe(titleRows + block.header.length);
          expect(pdfTable.dontBreakRows).toBe(true);
          expect(pdfTable.body).toHaveLength(titleRows + block.header.length + block.body.length);
          for (const row of pdfTable.body) expect(row).toHaveLength(table.width);
          // Every merged cell as the layout gives it, in the same order.
          const spans = pdfTable.body.flatMap((row) =>
            row.flatMap((cell) =>
              typeof cell === 'object' && 'rowSpan' in cell ? [[cell.rowSpan, cell.colSpan]] : [],
            ),
          );
          const expected = [
            ...(titleRows ? [[1, table.width]] : []),
            ...[...block.header, ...block.body].flat().map((cell) => [cell.rowSpan, cell.colSpan]),
          ];
          expect(spans).toEqual(expected);
          // The columns fill the text block exactly: widths, 1.5 pt padding each side, 0.75 pt rules.
          const widths = pdfTable.widths as number[];
          const total =
            widths.reduce((sum, w) => sum + w, 0) + table.width * 3 + (table.width + 1) * 0.75;
          expect(total).toBeCloseTo(textWidth, 1);
        });
      });
    }
  }

  it('centres cells that span rows in blocks that move whole, which pdfmake cannot do itself', () => {
    const spanning = templates
      .flatMap((template) => tablesOf(template))
      .flatMap((table) => tableContent(tableLayout(table), context))
      .filter((block) => block.height <= breakableHeight)
      .flatMap((block) => (block.content as ContentTable).table.body.flat())
      .filter((cell) => typeof cell === 'object' && 'rowSpan' in cell && (cell.rowSpan ?? 1) > 1);
    expect(spanning.length).toBeGreaterThan(5);
    for (const cell of spanning) {
      const margin = (cell as { margin?: number[] }).margin;
      expect(margin?.[1]).toBeGreaterThan(0);
    }
  });

  it('lets only tall blocks break across pages, their spanning cells top-aligned', () => {
    const blocks = templates
      .flatMap((template) => tablesOf(template))
      .flatMap((table) => tableContent(tableLayout(table), context));
    const tall = blocks.filter((block) => block.height > breakableHeight);
    expect(tall.length).toBeGreaterThan(0);
    expect(tall.length).toBeLessThan(blocks.length);
    for (const block of tall)
      for (const cell of (block.content as ContentTable).table.body.flat())
        expect((cell as { margin?: number[] }).margin).toBeUndefined();
  });
});
