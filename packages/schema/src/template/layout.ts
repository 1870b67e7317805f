import { tableCells, type CellDef } from './cells.js';
import { withGridPositions } from './grid-positions.js';
import { depthOf, leafPaths, leavesOf } from './tree.js';
import type { BlockDef, ColumnNode, RowNode, TableDef } from './types.js';

/** What a label labels: the corner note, a column (group), a row (group), or a block title. */
export type LabelRole = 'corner' | 'column' | 'row' | 'title';

/** Where a printed cell sits in its block's grid (the block's title row, if any, is row 0). */
interface Placed {
  /** 0-based grid row within the block. */
  readonly row: number;
  /** 0-based grid column; label columns come first. */
  readonly col: number;
}

/** A printed label: a header, the corner note, a row label or a block title. */
export interface LayoutLabel extends Placed {
  readonly type: 'label';
  readonly role: LabelRole;
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A printed value cell with its JSON address and kind. */
export interface LayoutValue extends Placed {
  readonly type: 'value';
  readonly cell: CellDef;
  readonly rowSpan: 1;
  readonly colSpan: number;
}

/** A printed cell at its grid position, with its spans. */
export type LayoutCell = LayoutLabel | LayoutValue;

type Unplaced = Omit<LayoutLabel, keyof Placed> | Omit<LayoutValue, keyof Placed>;
type Rows<T> = readonly (readonly T[])[];

/** One printed grid of a table: header rows, body rows and every cell with its grid position. */
export interface BlockLayout {
  /** A full-width title row, if the block has one. */
  readonly title?: string;
  /**
   * Every printed row of the block, top to bottom: the title row (one `title` label spanning
   * the grid), the header rows, the body rows; each listing only the cells that start in it.
   */
  readonly rows: Rows<LayoutCell>;
  /** How many of `rows` repeat when the table breaks across pages: title and header rows. */
  readonly headerRows: number;
  /** Grid columns at the left that hold row labels (and the corner note above them). */
  readonly labelColumns: number;
  /** The header rows of `rows` (the corner cell included; the title row not). */
  readonly header: Rows<LayoutCell>;
  /** The body rows of `rows`: row labels and value cells. */
  readonly body: Rows<LayoutCell>;
}

/** A table as printed: its blocks, in order, each a grid of the same width. */
export interface TableLayout {
  readonly table: TableDef;
  /** The grid's column count, label columns included; the same for every block. */
  readonly width: number;
  readonly blocks: readonly BlockLayout[];
}

const span = (column: ColumnNode): number =>
  leavesOf(column).reduce((sum, leaf) => sum + (leaf.span ?? 1), 0);

function headerRows(block: BlockDef, labelColumns: number): Unplaced[][] {
  const depth = depthOf(block.columns, () => true);
  const rows: Unplaced[][] = Array.from({ length: depth }, () => []);
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

function bodyRows(block: BlockDef, cells: readonly CellDef[], labelColumns: number): Unplaced[][] {
  const columnSpans = leafPaths(block.columns).map((path) => path.at(-1)?.span ?? 1);
  const started = new Set<RowNode>();
  let next = 0;
  return leafPaths(block.rows).map((rowPath) => {
    const labels: Unplaced[] = rowPath.flatMap((node, level) => {
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
    const values: Unplaced[] = columnSpans.map((colSpan) => {
      const cell = cells[next++];
      if (!cell) throw new Error('layout ran out of cells');
      return { type: 'value', cell, rowSpan: 1, colSpan };
    });
    return [...labels, ...values];
  });
}

/**
 * Lays a table out as its official printed grid (国办公开办函〔2021〕30号): merged headers, row
 * labels and value cells, each at its 0-based grid row and column with its spans.
 */
export function tableLayout(table: TableDef): TableLayout {
  const cells = tableCells(table);
  let offset = 0;
  const blocks = table.blocks.map((block): BlockLayout => {
    const labelColumns = depthOf(block.rows, (node) => node.label !== undefined);
    const count = leafPaths(block.rows).length * leafPaths(block.columns).length;
    const blockCells = cells.slice(offset, (offset += count));
    const title: Unplaced[][] =
      block.title === undefined
        ? []
        : [[{ type: 'label', role: 'title', text: block.title, rowSpan: 1, colSpan: table.width }]];
    const header = headerRows(block, labelColumns);
    const rows: LayoutCell[][] = withGridPositions(
      [...title, ...header, ...bodyRows(block, blockCells, labelColumns)],
      table.width,
    );
    const headerEnd = title.length + header.length;
    return {
      ...(block.title === undefined ? {} : { title: block.title }),
      rows,
      headerRows: headerEnd,
      labelColumns,
      header: rows.slice(title.length, headerEnd),
      body: rows.slice(headerEnd),
    };
  });
  return { table, width: table.width, blocks };
}
