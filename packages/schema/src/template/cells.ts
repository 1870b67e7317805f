import { leafPaths } from './tree.js';
import type { CellKind, TableDef } from './types.js';

/** One value cell of a table, addressed in the JSON report as `table.record.field`. */
export interface CellDef {
  readonly address: string;
  readonly table: string;
  readonly record: string;
  readonly field: string;
  readonly kind: CellKind;
  readonly isTotal: boolean;
  /** The cell sits in a total column (its row's sum), e.g. 总计 of table 三 or of a table 四 group. */
  readonly isTotalColumn: boolean;
  /** Labels of the row header, outermost first (empty for an unlabelled row). */
  readonly rowLabels: readonly string[];
  /** Labels of the column header, outermost first. */
  readonly columnLabels: readonly string[];
}

/** Every value cell of a table, in print order (block by block, row by row). */
export function tableCells(table: TableDef): CellDef[] {
  return table.blocks.flatMap((block) => {
    const columns = leafPaths(block.columns);
    return leafPaths(block.rows).flatMap((rowPath) =>
      columns.map((columnPath) => {
        const ids = [...rowPath, ...columnPath].flatMap((node) => (node.id ? [node.id] : []));
        const [record, field, ...rest] = ids;
        if (record === undefined || field === undefined || rest.length > 0) {
          throw new Error(
            `${table.id}: a cell needs exactly a record and a field id, got ${ids.join('.')}`,
          );
        }
        return {
          address: `${table.id}.${record}.${field}`,
          table: table.id,
          record,
          field,
          kind: columnPath.find((node) => node.kind)?.kind ?? 'count',
          isTotal: [...rowPath, ...columnPath].some((node) => node.isTotal === true),
          isTotalColumn: columnPath.some((node) => node.isTotal === true),
          rowLabels: rowPath.flatMap((node) => (node.label ? [node.label] : [])),
          columnLabels: columnPath.map((node) => node.label),
        };
      }),
    );
  });
}

/** A cell's full name for people: its row labels, then its column labels. */
export function cellLabel(cell: CellDef): string {
  return [...cell.rowLabels, ...cell.columnLabels].join(' · ');
}
