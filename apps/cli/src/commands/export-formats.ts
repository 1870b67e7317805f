import type { OutputFormat } from '@nianbao/schema';

/**
 * The formats of `nianbao export --to`, each loaded only when used: a new format is one line.
 * Keys are the formats' ids (product contract §4).
 */
export const exportFormats: Readonly<Record<string, () => Promise<OutputFormat>>> = {
  html: () => import('@nianbao/html').then((m) => m.htmlFormat),
  docx: () => import('@nianbao/docx').then((m) => m.docxFormat),
  xlsx: () => import('@nianbao/xlsx').then((m) => m.xlsxFormat),
  csv: () => import('@nianbao/open-data').then((m) => m.csvFormat),
  pdf: () => import('./pdf-format.js').then((m) => m.pdfFormat),
};

/** Formats that write many reports into one file, one row each (`--to csv` with many inputs). */
export const combinedFormats: Readonly<
  Record<string, () => Promise<(reports: readonly unknown[]) => string>>
> = {
  csv: () => import('@nianbao/open-data').then((m) => (reports) => m.openDataCsv(reports)),
};
