import type { OutputFormat } from '@nianbao/schema';
import { renderReport, type RenderOptions } from './render-report.js';

/** The official PDF as an output format (`--to pdf`, `?to=pdf`); `render` takes the PDF's options too. */
export const pdfFormat = {
  id: 'pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  label: 'PDF 文件',
  render: (report: unknown, options?: RenderOptions): Promise<Uint8Array> =>
    renderReport(report, options),
} satisfies OutputFormat & {
  render(report: unknown, options?: RenderOptions): Promise<Uint8Array>;
};
