import type { OutputFormat, Report } from '@nianbao/schema';
import { renderHtml } from './render-html.js';

/** The platform HTML article as an output format (`--to html`, `?to=html`). */
export const htmlFormat: OutputFormat = {
  id: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  label: '网页（HTML）',
  render: (report: Report) => Promise.resolve(renderHtml(report)),
};
