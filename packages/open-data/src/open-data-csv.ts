import {
  formatCellValue,
  readNumber,
  readPath,
  splitAddress,
  template2021,
  templateFor,
  type TemplateDef,
} from '@nianbao/schema';
import { csvRecord } from './csv-field.js';
import { openDataCells, openDataColumns } from './open-data-columns.js';

const byteOrderMark = '\uFEFF';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function formatOf(reports: readonly unknown[], format: string | undefined): TemplateDef {
  const formats = new Set(reports.map((report) => text(readPath(report, ['format']))));
  if (format !== undefined) formats.add(format);
  if (formats.size > 1)
    throw new Error(
      `开放数据每个文件只能含一种报告格式，这些报告混有 ${[...formats].map((f) => f || '（无格式）').join('、')}，请分开导出`,
    );
  const [only] = formats;
  const template = only === undefined ? template2021 : templateFor(only);
  if (!template) throw new Error(`不认识的报告格式：${only ?? ''}`);
  return template;
}

/**
 * The open data of reports of one format: UTF-8 CSV with a BOM, CRLF lines (RFC 4180), header
 * `agency,year,publishedOn,` then every cell address in template order, one row per report.
 * `format` fixes the columns when `reports` may be empty (default: the reports' format, else
 * 2021). Throws an Error with a Chinese message for mixed or unknown formats.
 * @example await writeFile('open-data.csv', openDataCsv(reports));
 */
export function openDataCsv(reports: readonly unknown[], format?: string): string {
  const template = formatOf(reports, format);
  const cells = openDataCells(template);
  const rows = reports.map((report) =>
    csvRecord([
      text(readPath(report, ['agency', 'name'])),
      text(readPath(report, ['year'])),
      text(readPath(report, ['publishedOn'])),
      ...cells.map(({ cell }) => formatCellValue(readNumber(report, splitAddress(cell.address)))),
    ]),
  );
  return [byteOrderMark, csvRecord(openDataColumns(template)), ...rows].join('');
}
