import { tableLayout, type CellDef, type TableDef, type TemplateDef } from '@nianbao/schema';
import { normalizeLabel } from './normalize.js';

/** One data row of a template table, as the importer looks for it. */
export interface RowPlan {
  /** The row's own label, normalised; undefined for an unlabelled row (table 四). */
  readonly label?: string;
  readonly cells: readonly CellDef[];
  /** Grid columns each value spans when printed. */
  readonly spans: readonly number[];
  readonly block: number;
}

/** One printed block: the texts of its header (title, corner, column labels) and its rows. */
export interface BlockPlan {
  readonly headerTexts: ReadonlySet<string>;
  readonly rows: readonly RowPlan[];
}

export interface TablePlan {
  readonly table: TableDef;
  readonly sectionId: string;
  readonly blocks: readonly BlockPlan[];
  readonly rows: readonly RowPlan[];
  /** Normalised row label → the rows that carry it, in print order. */
  readonly rowsByLabel: ReadonlyMap<string, readonly RowPlan[]>;
  /** Each record of the table with its fields, in print order. */
  readonly records: readonly (readonly [string, readonly string[]])[];
  /** Every normalised label of the table that is not a data row's own (groups, headers). */
  readonly otherLabels: ReadonlySet<string>;
}

function planTable(table: TableDef, sectionId: string): TablePlan {
  const otherLabels = new Set<string>();
  const blocks = tableLayout(table).blocks.map((block, index): BlockPlan => {
    const headerTexts = new Set<string>();
    if (block.title) headerTexts.add(normalizeLabel(block.title));
    for (const cell of block.header.flat()) {
      if (cell.type === 'label' && cell.text) headerTexts.add(normalizeLabel(cell.text));
    }
    const rows = block.body.map((printed): RowPlan => {
      const values = printed.flatMap((cell) => (cell.type === 'value' ? [cell] : []));
      const cells = values.map((value) => value.cell);
      const own = cells[0]?.rowLabels.at(-1);
      for (const parent of cells[0]?.rowLabels.slice(0, -1) ?? []) {
        otherLabels.add(normalizeLabel(parent));
      }
      return {
        ...(own === undefined ? {} : { label: normalizeLabel(own) }),
        cells,
        spans: values.map((value) => value.colSpan),
        block: index,
      };
    });
    for (const text of headerTexts) otherLabels.add(text);
    return { headerTexts, rows };
  });
  const rows = blocks.flatMap((block) => block.rows);
  const rowsByLabel = new Map<string, RowPlan[]>();
  for (const row of rows) {
    if (row.label !== undefined)
      rowsByLabel.set(row.label, [...(rowsByLabel.get(row.label) ?? []), row]);
  }
  const records = new Map<string, string[]>();
  for (const cell of rows.flatMap((row) => row.cells)) {
    records.set(cell.record, [...(records.get(cell.record) ?? []), cell.field]);
  }
  return { table, sectionId, blocks, rows, rowsByLabel, otherLabels, records: [...records] };
}

const plans = new WeakMap<TemplateDef, readonly TablePlan[]>();

/** The tables of a template as the importer searches for them (computed once per template). */
export function tablePlans(template: TemplateDef): readonly TablePlan[] {
  let found = plans.get(template);
  if (!found) {
    found = template.sections.flatMap((section) =>
      section.kind === 'table' ? [planTable(section.table, section.id)] : [],
    );
    plans.set(template, found);
  }
  return found;
}
