import type { CellDef, Finding, TableValues } from '@nianbao/schema';
import * as found from './import-findings.js';
import type { TableMatch } from './match-table.js';
import { readCell, type CellReading } from './read-cell.js';

/** Where a table's readings go: its values, entries kept as printed, cells never read. */
export interface TableTarget {
  readonly values: TableValues;
  readonly invalid: Record<string, string>;
  readonly unread: Set<string>;
}

/** Writes a matched table's cells into the report; returns the importer's findings about it. */
export function fillTable(match: TableMatch, target: TableTarget, heading: string): Finding[] {
  const { values, invalid, unread } = target;
  const allCells = () => match.plan.rows.flatMap((row) => row.cells);
  const never = (cells: readonly CellDef[]) => cells.forEach((cell) => unread.add(cell.address));
  if (match.values.size === 0 && match.miscounted.size === 0) {
    never(allCells());
    return [found.missingTable(heading, allCells())];
  }
  const findings: Finding[] = [];
  const readings: { cell: CellDef; text: string | undefined; reading: CellReading }[] = [];
  for (const row of match.plan.rows) {
    const texts = match.values.get(row);
    const count = match.miscounted.get(row);
    if (count !== undefined) findings.push(found.rowCount(heading, row.cells, count));
    else if (!texts) findings.push(found.missingRow(heading, row.cells));
    if (!texts) never(row.cells);
    row.cells.forEach((cell, j) => {
      const text = texts?.[j];
      if (texts) readings.push({ cell, text, reading: readCell(text, cell.kind) });
      (values[cell.record] ??= {})[cell.field] = 0;
    });
  }
  if (readings.length > 0 && readings.every((r) => r.reading.type !== 'number')) {
    never(allCells());
    return [found.unreadTable(heading, allCells())];
  }
  for (const { cell, text, reading } of readings) {
    const record = (values[cell.record] ??= {});
    record[cell.field] = reading.type === 'number' ? reading.value : 0;
    if (reading.type === 'blank') findings.push(found.blankCell(cell, text));
    if (reading.type !== 'unreadable') continue;
    findings.push(found.unreadableCell(cell, text ?? ''));
    // Kept as printed, as a typed entry would be: validate reports it until it is fixed.
    invalid[cell.address] = (text ?? '').trim();
  }
  return findings;
}
