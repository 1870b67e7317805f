/** The kinds of value a table cell holds; each kind fixes its unit and its zod schema. */
export type CellKind = 'count' | 'signedCount' | 'amount';

/** A node of a table's column header. Leaves are value columns; inner nodes are merged group headers. */
export interface ColumnNode {
  /** JSON key this node contributes to a cell's address (`table.record.field`). */
  readonly id?: string;
  readonly label: string;
  readonly children?: readonly ColumnNode[];
  /** How many grid columns a leaf spans when printed (table 二's single value columns span 3). */
  readonly span?: number;
  readonly kind?: CellKind;
  /** The cells under this node are computed from other cells, never typed in. */
  readonly isTotal?: boolean;
}

/** A node of a table's row header. Leaves are data rows; inner nodes are merged group labels. */
export interface RowNode {
  readonly id?: string;
  /** Omitted for a data row printed without a label (table 四's single row). */
  readonly label?: string;
  readonly children?: readonly RowNode[];
  readonly isTotal?: boolean;
}

/** One printed grid: its own header, corner cell and rows. Table 二 has four, the others one. */
export interface BlockDef {
  /** A full-width row above the header, e.g. 第二十条第（一）项. */
  readonly title?: string;
  /** Text of the top-left cell that spans the label columns and header rows. */
  readonly corner?: string;
  readonly columns: readonly ColumnNode[];
  readonly rows: readonly RowNode[];
}

/** A statistical table of the template (二, 三 or 四): ids, labels and header trees, as data. */
export interface TableDef {
  /** The table's key in the JSON report, e.g. `requests`. */
  readonly id: string;
  /** Grid columns of the printed table, label columns included. */
  readonly width: number;
  readonly blocks: readonly BlockDef[];
  /** The official source of the table's layout. */
  readonly basis: string;
}

/** One of a report's six sections (一 to 六): prose or a table, with its official heading. */
export type SectionDef =
  | {
      readonly id: string;
      readonly heading: string;
      readonly kind: 'prose';
      /** The sub-heads the section carries by custom, e.g. （一）主动公开情况. */
      readonly customSubheads: readonly string[];
      /** What an empty section is written as, if anything. */
      readonly emptyText?: string;
    }
  | {
      readonly id: string;
      readonly heading: string;
      readonly kind: 'table';
      readonly table: TableDef;
    };

/** The levels of government bodies, from the State Council's departments down to townships. */
export const agencyLevels = [
  'central',
  'province',
  'city',
  'county',
  'township',
  'department',
] as const;
/** One of `agencyLevels`. */
export type AgencyLevel = (typeof agencyLevels)[number];
