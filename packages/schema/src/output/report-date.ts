import { readPath } from '../report/cell-access.js';
import { isSupportedYear } from '../template/supported-years.js';

/**
 * The date a report's files carry (PDF, DOCX and XLSX metadata, ZIP entries): its `publishedOn`
 * at 00:00 UTC, else 1 January after its year, else 2000-01-01, so the same report gives the
 * same bytes whenever it is exported.
 */
export function reportDate(report: unknown): Date {
  const published = readPath(report, ['publishedOn']);
  const date = typeof published === 'string' ? new Date(`${published}T00:00:00Z`) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  const year = readPath(report, ['year']);
  return new Date(Date.UTC(isSupportedYear(year) ? year + 1 : 2000, 0, 1));
}
