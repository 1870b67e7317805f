import type { Report } from '../report/report.js';

/**
 * One published form of a report (PDF, HTML, DOCX, XLSX, CSV …). Each output package exports
 * one of these; the CLI's `export --to` and the API's `GET /api/reports/{id}/export?to=` list
 * them, so a new format is one package plus its line in each list (product contract §4).
 */
export interface OutputFormat {
  /** The `--to` and `?to=` value, lower case ASCII, e.g. `html`. */
  readonly id: string;
  /** The HTTP `Content-Type`, e.g. `text/html; charset=utf-8`. */
  readonly mediaType: string;
  /** File name extension without the dot, e.g. `docx`. */
  readonly extension: string;
  /** The format's Chinese name on download buttons, e.g. `Word 文档`. */
  readonly label: string;
  /** Renders one report; rejects with an Error whose message is Chinese and names the cause. */
  render(report: Report): Promise<Uint8Array | string>;
}
