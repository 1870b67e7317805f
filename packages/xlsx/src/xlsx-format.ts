import type { OutputFormat, Report } from '@nianbao/schema';
import { renderXlsx } from './render-xlsx.js';

/** The Excel workbook as an output format (`--to xlsx`, `?to=xlsx`). */
export const xlsxFormat: OutputFormat = {
  id: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  label: 'Excel 表格',
  render: (report: Report) => renderXlsx(report),
};
