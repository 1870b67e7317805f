import type { OutputFormat, Report } from '@nianbao/schema';
import { renderDocx } from './render-docx.js';

/** The Word document as an output format (`--to docx`, `?to=docx`). */
export const docxFormat: OutputFormat = {
  id: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  label: 'Word 文档',
  render: (report: Report) => renderDocx(report),
};
