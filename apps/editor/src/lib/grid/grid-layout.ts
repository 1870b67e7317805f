import {
  cellLabel,
  tableLayout,
  type CellKind,
  type LabelRole,
  type LayoutCell,
  type TableDef,
} from '@nianbao/schema';

/** A label cell as drawn: a column header, a row label or the corner note, as the layout says. */
export interface GridLabel {
  readonly type: 'label';
  readonly role: LabelRole;
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A number cell as drawn, with where it sits for keyboard moves. */
export interface GridValue {
  readonly type: 'value';
  readonly address: string;
  readonly kind: CellKind;
  readonly isTotal: boolean;
  readonly colSpan: number;
  /** Row and column labels, for screen readers and messages. */
  readonly label: string;
}

export type GridCell = GridLabel | GridValue;

export interface GridBlock {
  readonly title?: string;
  readonly header: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
}

/** One row of number cells, each at its first grid column: what arrow keys walk over. */
export interface NavCell {
  readonly address: string;
  readonly column: number;
  readonly span: number;
  readonly isTotal: boolean;
  readonly kind: CellKind;
}
export type NavGrid = readonly (readonly NavCell[])[];

export interface TableGrid {
  readonly id: string;
  readonly width: number;
  readonly blocks: readonly GridBlock[];
  readonly nav: NavGrid;
}

const toGridCell = (cell: LayoutCell): GridCell =>
  cell.type === 'label'
    ? {
        type: 'label',
        role: cell.role,
        text: cell.text,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      }
    : {
        type: 'value',
        address: cell.cell.address,
        kind: cell.cell.kind,
        isTotal: cell.cell.isTotal,
        colSpan: cell.colSpan,
        label: cellLabel(cell.cell),
      };

/** The grid column where each cell of each row starts, honouring row spans from rows above. */
function columnStarts(rows: readonly (readonly LayoutCell[])[]): number[][] {
  const busyUntil: number[] = []; // per grid column: first row index no longer covered
  return rows.map((row, rowIndex) => {
    let column = 0;
    return row.map((cell) => {
      while ((busyUntil[column] ?? 0) > rowIndex) column++;
      const start = column;
      for (let c = start; c < start + cell.colSpan; c++) busyUntil[c] = rowIndex + cell.rowSpan;
      column += cell.colSpan;
      return start;
    });
  });
}

/**
 * Prepares a table for drawing and keyboard entry: its official layout (merged headers,
 * verbatim labels) with each number cell labelled, plus the rows that arrow keys move over.
 */
export function tableGrid(table: TableDef): TableGrid {
  const layout = tableLayout(table);
  const nav: NavCell[][] = [];
  const blocks = layout.blocks.map((block): GridBlock => {
    const starts = columnStarts(block.body);
    block.body.forEach((row, rowIndex) => {
      const cells = row.flatMap((cell, i): NavCell[] =>
        cell.type === 'value'
          ? [
              {
                address: cell.cell.address,
                column: starts[rowIndex]?.[i] ?? 0,
                span: cell.colSpan,
                isTotal: cell.cell.isTotal,
                kind: cell.cell.kind,
              },
            ]
          : [],
      );
      if (cells.length > 0) nav.push(cells);
    });
    return {
      ...(block.title === undefined ? {} : { title: block.title }),
      header: block.header.map((row) => row.map(toGridCell)),
      body: block.body.map((row) => row.map(toGridCell)),
    };
  });
  return { id: table.id, width: layout.width, blocks, nav };
}
