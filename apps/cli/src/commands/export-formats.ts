import type { OutputFormat } from '@nianbao/schema';

/** A format of `nianbao export`: what `--help` says of it, and its renderer, loaded when used. */
export interface ExportFormat {
  readonly summary: string;
  readonly load: () => Promise<OutputFormat>;
}

/**
 * The formats of `nianbao export --to`, keyed by their ids (product contract §4): a new format
 * is one line here.
 */
export const exportFormats: Readonly<Record<string, ExportFormat>> = {
  html: {
    summary: '政府信息公开平台用的网页（自含的 UTF-8 页面，可粘贴到网站）',
    load: () => import('@nianbao/html').then((m) => m.htmlFormat),
  },
  docx: {
    summary: 'Word 文档（GB/T 9704 版式）',
    load: () => import('@nianbao/docx').then((m) => m.docxFormat),
  },
  xlsx: {
    summary: 'Excel 表格（表二、表三、表四各一个工作表，数值为数字）',
    load: () => import('@nianbao/xlsx').then((m) => m.xlsxFormat),
  },
  csv: {
    summary: '开放数据（UTF-8 带 BOM，每份报告一行；多个报告写入同一个文件）',
    load: () => import('@nianbao/open-data').then((m) => m.csvFormat),
  },
  pdf: {
    summary: '正式 PDF（与 nianbao pdf 相同，使用默认字体）',
    load: () => import('./pdf-format.js').then((m) => m.pdfFormat),
  },
};

/** Formats that write many reports into one file, one row each (`--to csv` with many inputs). */
export const combinedFormats: Readonly<
  Record<string, () => Promise<(reports: readonly unknown[]) => string>>
> = {
  csv: () => import('@nianbao/open-data').then((m) => (reports) => m.openDataCsv(reports)),
};
