import { docxFormat } from '@nianbao/docx';
import { htmlFormat } from '@nianbao/html';
import { csvFormat } from '@nianbao/open-data';
import type { OutputFormat, Report } from '@nianbao/schema';
import { xlsxFormat } from '@nianbao/xlsx';
import { pdfFormat } from './pdf-format.js';
import { renderPool } from './render-pool.js';

/** What the record adds to a report's content when it is rendered: a correction's reason. */
export interface RenderContext {
  readonly correction?: { readonly reason: string };
}

/** An `OutputFormat` that may also read the record's context; every `OutputFormat` is one. */
export interface ApiOutputFormat extends Omit<OutputFormat, 'render'> {
  render(report: Report, context?: RenderContext): Promise<Uint8Array | string>;
}

/** A format as the API offers it: described here, rendered in the worker pool by its id. */
const inPool = (format: OutputFormat): ApiOutputFormat => ({
  id: format.id,
  mediaType: format.mediaType,
  extension: format.extension,
  label: format.label,
  render: (report) => renderPool().render({ format: format.id, report }),
});

/** Every format `GET …/export?to=` offers, in the order the download buttons show them. */
export const outputFormats: readonly ApiOutputFormat[] = [
  pdfFormat,
  ...[htmlFormat, docxFormat, xlsxFormat, csvFormat].map(inPool),
];

/** The `to` values, for the route's zod enum. */
export const formatIds = outputFormats.map((format) => format.id) as [string, ...string[]];

export const formatById = (id: string): ApiOutputFormat | undefined =>
  outputFormats.find((format) => format.id === id);
