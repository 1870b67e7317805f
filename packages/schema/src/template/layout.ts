import { tableCells, type CellDef } from './cells.js';
import { depthOf, leafPaths, leavesOf } from './tree.js';
import type { BlockDef, ColumnNode, RowNode, TableDef } from './types.js';

/** What a label labels: the corner note, a column (group), a row (group), or a block title. */
export type LabelRole = 'corner' | 'column' | 'row' | 'title';

/** A printed cell: a label (header, corner, row label) or a value cell with its JSON address. */
export type LayoutCell =
  | {
      readonly type: 'label';
      readonly role: LabelRole;
      readonly text: string;
      readonly rowSpan: number;
      readonly colSpan: number;
    }
  | {
      readonly type: 'value';
      readonly cell: CellDef;
      readonly rowSpan: 1;
      readonly colSpan: number;
    };

export interface BlockLayout {
  /** A full-width title row, if the block has one. */
  readonly title?: string;
  /** Header rows (the corner cell included); they repeat when a table breaks across pages. */
  readonly header: readonly (readonly LayoutCell[])[];
  readonly body: readonly (readonly LayoutCell[])[];
}

export interface TableLayout {
  readonly table: TableDef;
  /** Grid columns, label columns included. */
  readonly width: number;
  readonly blocks: readonly BlockLayout[];
}

const span = (column: ColumnNode): number =>
  leavesOf(column).reduce((sum, leaf) => sum + (leaf.span ?? 1), 0);

function headerRows(block: BlockDef, labelColumns: number): LayoutCell[][] {
  const depth = depthOf(block.columns, () => true);
  const rows: LayoutCell[][] = Array.from({ length: depth }, () => []);
  if (labelColumns > 0) {
    rows[0]?.push({
      type: 'label',
      role: 'corner',
      text: block.corner ?? '',
      rowSpan: depth,
      colSpan: labelColumns,
    });
  }
  const place = (nodes: readonly ColumnNode[], level: number): void => {
    for (const node of nodes) {
      const isLeaf = !node.children?.length;
      rows[level]?.push({
        type: 'label',
        role: 'column',
        text: node.label,
        rowSpan: isLeaf ? depth - level : 1,
        colSpan: span(node),
      });
      if (!isLeaf) place(node.children ?? [], level + 1);
    }
  };
  place(block.columns, 0);
  return rows;
}

function bodyRows(
  block: BlockDef,
  cells: readonly CellDef[],
  labelColumns: number,
): LayoutCell[][] {
  const columnSpans = leafPaths(block.columns).map((path) => path.at(-1)?.span ?? 1);
  const started = new Set<RowNode>();
  let next = 0;
  return leafPaths(block.rows).map((rowPath) => {
    const labels: LayoutCell[] = rowPath.flatMap((node, level) => {
      if (!node.label || started.has(node)) return [];
      started.add(node);
      const isLeaf = level === rowPath.length - 1;
      return [
        {
          type: 'label' as const,
          role: 'row' as const,
          text: node.label,
          rowSpan: isLeaf ? 1 : leavesOf(node).length,
          colSpan: isLeaf ? labelColumns - level : 1,
        },
      ];
    });
    const values: LayoutCell[] = columnSpans.map((colSpan) => {
      const cell = cells[next++];
      if (!cell) throw new Error('layout ran out of cells');
      return { type: 'value', cell, rowSpan: 1, colSpan };
    });
    return [...labels, ...values];
  });
}

/** Lays a table out as its official printed grid: merged headers, row labels and value cells. */
export function tableLayout(table: TableDef): TableLayout {
  const cells = tableCells(table);
  let offset = 0;
  const blocks = table.blocks.map((block): BlockLayout => {
    const labelColumns = depthOf(block.rows, (node) => node.label !== undefined);
    const count = leafPaths(block.rows).length * leafPaths(block.columns).length;
    const blockCells = cells.slice(offset, (offset += count));
    return {
      ...(block.title === undefined ? {} : { title: block.title }),
      header: headerRows(block, labelColumns),
      body: bodyRows(block, blockCells, labelColumns),
    };
  });
  return { table, width: table.width, blocks };
}
