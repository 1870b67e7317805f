import {
  cellLabel,
  tableLayout,
  type CellKind,
  type LabelRole,
  type LayoutCell,
  type TableDef,
} from '@nianbao/schema';

/** A label cell as drawn: a block title, a column header, a row label or the corner note. */
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
  /** Every row as printed: the title row (if any), header rows, body rows. */
  readonly rows: readonly (readonly GridCell[])[];
  /** How many of `rows` are title and header rows. */
  readonly headerRows: number;
}

/** One row of number cells, each at its first grid column: what arrow keys walk over. */
export interface NavCell {
  readonly address: string;
  readonly column: number;
  readonly span: number;
  readonly isTotal: boolean;
  readonly kind: CellKind;
  /** Row and column labels, for messages. */
  readonly label: string;
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

/**
 * Prepares a table for drawing and keyboard entry: its official layout (merged headers,
 * verbatim labels) with each number cell labelled, plus the rows that arrow keys move over,
 * each cell at the grid column the layout gives it.
 */
export function tableGrid(table: TableDef): TableGrid {
  const layout = tableLayout(table);
  const nav: NavCell[][] = [];
  const blocks = layout.blocks.map((block): GridBlock => {
    for (const row of block.body) {
      const cells = row.flatMap((cell): NavCell[] =>
        cell.type === 'value'
          ? [
              {
                address: cell.cell.address,
                column: cell.col,
                span: cell.colSpan,
                isTotal: cell.cell.isTotal,
                kind: cell.cell.kind,
                label: cellLabel(cell.cell),
              },
            ]
          : [],
      );
      if (cells.length > 0) nav.push(cells);
    }
    return { rows: block.rows.map((row) => row.map(toGridCell)), headerRows: block.headerRows };
  });
  return { id: table.id, width: layout.width, blocks, nav };
}
