import type { OutputFormat, Report } from '@nianbao/schema';
import { openDataCsv } from './open-data-csv.js';

/** One report's open data as an output format (`--to csv`, `?to=csv`). */
export const csvFormat: OutputFormat = {
  id: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  label: '开放数据（CSV）',
  render: (report: Report) => Promise.resolve(openDataCsv([report])),
};
