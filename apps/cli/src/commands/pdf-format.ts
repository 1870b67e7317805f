import { renderReport } from '@nianbao/pdf';
import type { OutputFormat } from '@nianbao/schema';

/**
 * The official PDF as an export format. `export` refuses reports with errors before rendering
 * (unless --force), so the renderer is always forced: a forced report is stamped 未通过校验.
 */
export const pdfFormat: OutputFormat = {
  id: 'pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  label: 'PDF',
  render: (report) => renderReport(report, { force: true }),
};
