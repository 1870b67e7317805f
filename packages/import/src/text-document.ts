import type { Line, ReportDocument } from './document.js';

/** Text copied from a report's page: one line per paragraph, table rows with tab-separated cells. */
export function textDocument(text: string): ReportDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line): Line =>
      line.includes('\t')
        ? { cells: line.split('\t'), isRow: true }
        : { cells: [line], isRow: false },
    );
  return { lines, meta: {} };
}
