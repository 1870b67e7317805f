import { tableCells, type CellDef } from '../template/cells.js';
import { fieldName, recordFullName } from '../template/names.js';
import type { TableDef } from '../template/types.js';
import type { Equation, Term } from './types.js';

// Builders that expand a rule's declaration into explicit equations over a table's cells.

type Grid = Map<string, Map<string, CellDef>>;

function gridOf(table: TableDef): Grid {
  const grid: Grid = new Map();
  for (const cell of tableCells(table)) {
    const record = grid.get(cell.record) ?? new Map<string, CellDef>();
    record.set(cell.field, cell);
    grid.set(cell.record, record);
  }
  return grid;
}

function cellAt(grid: Grid, record: string, field: string): CellDef {
  const cell = grid.get(record)?.get(field);
  if (!cell) throw new Error(`no cell ${record}.${field}`);
  return cell;
}

interface TermSpec {
  readonly isPrevious?: boolean;
  readonly sign?: 1 | -1;
}

// A previous-year term's label is the cell's; messages name the report it comes from.
const termOf = (cell: CellDef, label: string, spec: TermSpec = {}): Term => ({
  address: cell.address,
  label,
  sign: spec.sign ?? 1,
  isPrevious: spec.isPrevious ?? false,
});

/** For every record that has `total`: total = sum of the record's other fields. */
export function sumOfFields(table: TableDef, total: string): Equation[] {
  return [...gridOf(table).values()].flatMap((fields) => {
    const totalCell = fields.get(total);
    if (!totalCell) return [];
    const parts = [...fields.values()].filter((cell) => cell !== totalCell);
    return [
      {
        scope: recordFullName(totalCell),
        left: [termOf(totalCell, fieldName(totalCell))],
        right: parts.map((cell) => termOf(cell, fieldName(cell))),
      },
    ];
  });
}

/** For every field: the `total` record = sum of the records from `from` to `to`. */
export function sumOfRecords(
  table: TableDef,
  spec: { total: string; from: string; to: string },
): Equation[] {
  const grid = gridOf(table);
  const records = [...grid.keys()];
  const parts = records.slice(records.indexOf(spec.from), records.indexOf(spec.to) + 1);
  if (parts.length === 0) throw new Error(`${table.id}: empty range ${spec.from}..${spec.to}`);
  return [...(grid.get(spec.total)?.values() ?? [])].map((totalCell) => ({
    scope: `${fieldName(totalCell)}列`,
    left: [termOf(totalCell, recordFullName(totalCell))],
    right: parts.map((record) => {
      const cell = cellAt(grid, record, totalCell.field);
      return termOf(cell, partName(cell, totalCell));
    }),
    ...(totalCell.isTotalColumn ? { isConsequence: true } : {}),
  }));
}

/** A part's row labels after those it shares with its total: （三）不予公开1.属于国家秘密. */
function partName(cell: CellDef, total: CellDef): string {
  let shared = 0;
  while (shared < total.rowLabels.length && cell.rowLabels[shared] === total.rowLabels[shared])
    shared++;
  return cell.rowLabels.slice(shared).join('') || recordFullName(cell);
}

type RecordTerm = TermSpec & { readonly record: string };
type FieldTerm = TermSpec & { readonly field: string };

/** For every field (column): Σ left records = Σ right records. */
export function balancePerField(
  table: TableDef,
  spec: { left: readonly RecordTerm[]; right: readonly RecordTerm[] },
): Equation[] {
  const grid = gridOf(table);
  const fields = [...(grid.get(spec.left[0]?.record ?? '')?.keys() ?? [])];
  const side = (terms: readonly RecordTerm[], field: string): Term[] =>
    terms.map((term) => {
      const cell = cellAt(grid, term.record, field);
      return termOf(cell, recordFullName(cell), term);
    });
  return fields.map((field) => {
    const first = cellAt(grid, spec.left[0]?.record ?? '', field);
    return {
      scope: `${fieldName(first)}列`,
      left: side(spec.left, field),
      right: side(spec.right, field),
      ...(first.isTotalColumn ? { isConsequence: true } : {}),
    };
  });
}

/** For each of `records` (rows): Σ left fields = Σ right fields. */
export function balancePerRecord(
  table: TableDef,
  spec: { records: readonly string[]; left: readonly FieldTerm[]; right: readonly FieldTerm[] },
): Equation[] {
  const grid = gridOf(table);
  const side = (terms: readonly FieldTerm[], record: string): Term[] =>
    terms.map((term) => {
      const cell = cellAt(grid, record, term.field);
      return termOf(cell, fieldName(cell), term);
    });
  return spec.records.map((record) => ({
    scope: recordFullName(cellAt(grid, record, spec.left[0]?.field ?? '')),
    left: side(spec.left, record),
    right: side(spec.right, record),
  }));
}
