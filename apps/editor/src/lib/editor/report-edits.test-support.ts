import {
  computeTotals,
  tableCells,
  template2021,
  type CellDef,
  type Report,
} from '@nianbao/schema';

const inputCells = template2021.sections
  .flatMap((s) => (s.kind === 'table' ? tableCells(s.table) : []))
  .filter((cell) => !cell.isTotal);

/** The first two cells people type into, for tests that edit one cell each. */
export function twoInputCells(): [CellDef, CellDef] {
  const [first, second] = inputCells;
  if (!first || !second) throw new Error('template without cells');
  return [first, second];
}

/** `report` with one cell set, totals recomputed. */
export function withCell(report: Report, cell: CellDef, value: number): Report {
  const next = structuredClone(report) as unknown as Record<string, Record<string, object>>;
  Object.assign(next[cell.table]?.[cell.record] ?? {}, { [cell.field]: value });
  return computeTotals(next as unknown as Report);
}
