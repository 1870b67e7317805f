import { describe, expect, it } from 'vitest';
import { brokenFixtures } from '../../test-support/fixtures.js';
import { ruleCatalog, ruleCells } from '../rules/catalog.js';
import { tableCells } from './cells.js';
import { tableLayout, type LayoutCell } from './layout.js';
import { proseSectionsOf, tablesOf } from './template.js';
import { templates } from './templates.js';

/** Places every cell of a block's rows on a grid and returns how full each row is. */
function occupancy(rows: readonly (readonly LayoutCell[])[], width: number): number[][] {
  const grid = rows.map(() => Array.from({ length: width }, () => 0));
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while ((grid[r]?.[c] ?? 0) > 0) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const row = grid[r + dr];
          if (!row || c + dc >= width) throw new Error(`cell outside the grid at row ${r}`);
          row[c + dc] = (row[c + dc] ?? 0) + 1;
        }
      c += cell.colSpan;
    }
  });
  return grid;
}

describe.each(templates.map((t) => [t.format, t] as const))('template %s', (_format, template) => {
  const tables = tablesOf(template);
  const cells = tables.flatMap(tableCells);
  const addresses = new Set(cells.map((cell) => cell.address));
  const proseAddresses = proseSectionsOf(template).map((s) => `narrative.${s.id}`);
  const headerAddresses = ['format', 'year', 'agency.name', 'agency.level', 'publishedOn'];

  it('has six sections with unique ids, three of them tables', () => {
    expect(template.sections).toHaveLength(6);
    expect(new Set(template.sections.map((s) => s.id)).size).toBe(6);
    expect(tables).toHaveLength(3);
  });

  it('gives every cell a unique address and a label for its row and column', () => {
    expect(addresses.size).toBe(cells.length);
    for (const cell of cells) {
      expect(cell.columnLabels.length, cell.address).toBeGreaterThan(0);
      expect(
        cell.columnLabels.every((label) => label.trim() !== ''),
        cell.address,
      ).toBe(true);
    }
  });

  describe.each(tables.map((t) => [t.id, t] as const))('table %s', (_id, table) => {
    const layout = tableLayout(table);

    it.each(layout.blocks.map((b, i) => [i, b] as const))(
      'block %i fills its grid exactly once',
      (_i, block) => {
        const grid = occupancy([...block.header, ...block.body], layout.width);
        for (const row of grid) expect(row).toEqual(row.map(() => 1));
      },
    );

    it('places every value cell of the table once, in print order', () => {
      const placed = layout.blocks.flatMap((block) =>
        block.body.flat().flatMap((cell) => (cell.type === 'value' ? [cell.cell.address] : [])),
      );
      expect(placed).toEqual(tableCells(table).map((cell) => cell.address));
    });

    it('says what each label labels: the corner first, columns above, rows beside', () => {
      for (const block of layout.blocks) {
        const hasRowLabels = block.body[0]?.[0]?.type === 'label';
        const headerRoles = block.header.flat().map((cell) => cell.type === 'label' && cell.role);
        expect(headerRoles).toEqual(
          headerRoles.map((_, i) => (i === 0 && hasRowLabels ? 'corner' : 'column')),
        );
        for (const cell of block.body.flat())
          if (cell.type === 'label') expect(cell.role).toBe('row');
      }
    });

    it('labels every header and row cell', () => {
      const labels = layout.blocks.flatMap((block) => [
        ...block.header.flat(),
        ...block.body.flat(),
      ]);
      for (const cell of labels)
        if (cell.type === 'label') expect(cell.text.length).toBeGreaterThan(0);
    });
  });

  it('defines every total cell by exactly the sum rules, and only them', () => {
    const totals = cells.filter((cell) => cell.isTotal).map((cell) => cell.address);
    const defined = template.rules.flatMap((rule) =>
      rule.kind === 'sum' ? rule.equations.map((e) => e.left[0]?.address) : [],
    );
    expect(new Set(defined)).toEqual(new Set(totals));
  });

  it('reaches every input cell from at least one rule or the schema alone', () => {
    const read = new Set(template.rules.flatMap(ruleCells));
    const unread = cells
      .filter((cell) => !cell.isTotal && !read.has(cell.address))
      .map((c) => c.address);
    // Counts outside 表三 and 表四 have no arithmetic; they are checked by the schema only.
    expect(unread.every((address) => address.startsWith('proactive.'))).toBe(true);
  });

  describe.each(template.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
    it('reads only cells that exist', () => {
      const known = new Set([...addresses, ...proseAddresses, ...headerAddresses]);
      for (const address of ruleCells(rule)) expect(known.has(address), address).toBe(true);
    });

    it('has a Chinese title, basis and message', () => {
      for (const text of [rule.title, rule.basis, rule.message])
        expect(text).toMatch(/\p{Script=Han}/u);
    });

    if (rule.kind === 'sum' || rule.kind === 'equation') {
      it('has equations with terms on both sides', () => {
        expect(rule.equations.length).toBeGreaterThan(0);
        for (const e of rule.equations) {
          expect(e.left.length * e.right.length).toBeGreaterThan(0);
          expect(e.scope).not.toBe('');
        }
      });
    }
  });

  it('has unique rule ids', () => {
    const ids = ruleCatalog(template).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('fixtures', () => {
  it('hold one minimal broken variant for every rule except narrative.numbers', () => {
    const ids = new Set(templates.flatMap((t) => ruleCatalog(t).map((rule) => rule.id)));
    expect(new Set(brokenFixtures().map((fixture) => fixture.rule))).toEqual(ids);
  });
});
