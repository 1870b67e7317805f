import { tableCells } from '../template/cells.js';
import { proseSectionsOf, tablesOf, type TemplateDef } from '../template/template.js';
import type { AgencyLevel } from '../template/types.js';
import type { Report, TableValues } from './report.js';

/** A report of the template's shape with every number 0 and every prose section empty. */
export function emptyReport(
  template: TemplateDef,
  header: { year: number; agency: { name: string; level?: AgencyLevel } },
): Report {
  const tables: Record<string, TableValues> = {};
  for (const table of tablesOf(template)) {
    const values: TableValues = {};
    for (const cell of tableCells(table)) (values[cell.record] ??= {})[cell.field] = 0;
    tables[table.id] = values;
  }
  return {
    format: template.format,
    year: header.year,
    agency: { ...header.agency },
    narrative: Object.fromEntries(proseSectionsOf(template).map((s) => [s.id, ''])),
    ...tables,
  } as Report;
}
