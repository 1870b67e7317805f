import { renderPool } from './render-pool.js';
import type { ApiOutputFormat } from './output-formats.js';

/**
 * The PDF (`@nianbao/pdf`) as an output format, rendered in the process's worker pool so a long
 * render delays no other request; a correction's reason is printed under its title.
 */
export const pdfFormat: ApiOutputFormat = {
  id: 'pdf',
  mediaType: 'application/pdf',
  extension: 'pdf',
  label: 'PDF 文档',
  render: (report, context = {}) =>
    renderPool().render({
      report,
      options: context.correction ? { correction: context.correction } : {},
    }),
};
