import {
  readNumber,
  tableCells,
  tablesOf,
  template2021,
  templateFor,
  type Report,
} from '@nianbao/schema';

/** Writes the open-data CSV of published reports (contract §4); `@nianbao/open-data` provides one. */
export type OpenDataWriter = (reports: readonly Report[]) => string;

const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * UTF-8 with BOM; header `agency,year,publishedOn,` then every cell address in template order;
 * one row per report.
 */
export const openDataCsv: OpenDataWriter = (reports) => {
  const template = templateFor(reports[0]?.format) ?? template2021;
  const addresses = tablesOf(template).flatMap((table) => tableCells(table));
  const header = ['agency', 'year', 'publishedOn', ...addresses.map((cell) => cell.address)];
  const rows = reports.map((report) => [
    report.agency.name,
    report.year,
    report.publishedOn ?? '',
    ...addresses.map((cell) => readNumber(report, [cell.table, cell.record, cell.field]) ?? ''),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
};
