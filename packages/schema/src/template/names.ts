import type { CellDef } from './cells.js';
import { readOrdinal } from './heading-ordinals.js';

/** The ordinal a template label starts with: 一 for 一、…, （七） for （七）…, 1 for 1.…; else ''. */
export function ordinalOf(label: string): string {
  const ordinal = readOrdinal(label);
  return ordinal?.level === 'subhead' ? ordinal.text : (ordinal?.numeral ?? '');
}

/** A record's name for people: its row label with its parents' ordinals, or its column group. */
export function recordName(cell: CellDef): string {
  const { rowLabels, columnLabels } = cell;
  if (rowLabels.length === 0) return columnLabels.at(-2) ?? cell.record;
  return rowLabels.slice(0, -1).map(ordinalOf).join('') + (rowLabels.at(-1) ?? '');
}

/** A record's short name, as the template's note counts rows: 一, 二, 三（七）, 四. */
export function recordShortName(cell: CellDef): string {
  const ordinals = cell.rowLabels.map(ordinalOf);
  return ordinals.every(Boolean) && ordinals.length > 0 ? ordinals.join('') : recordName(cell);
}

/** A field's name for people: the label of its column. */
export function fieldName(cell: CellDef): string {
  return cell.columnLabels.at(-1) ?? cell.field;
}

/** A record's full name as printed: its row labels joined, e.g. 三、本年度办理结果（七）总计. */
export function recordFullName(cell: CellDef): string {
  return cell.rowLabels.length === 0 ? recordName(cell) : cell.rowLabels.join('');
}
