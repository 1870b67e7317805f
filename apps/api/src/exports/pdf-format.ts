import { renderReport } from '@nianbao/pdf';
import type { ApiOutputFormat } from './output-formats.js';

/** The PDF (`@nianbao/pdf`) as an output format; a correction's reason is printed under its title. */
export const pdfFormat: ApiOutputFormat = {
  id: 'pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  label: 'PDF 文档',
  render: (report, context = {}) =>
    renderReport(report, context.correction ? { correction: context.correction } : {}),
};
