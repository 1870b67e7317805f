import { columnGap } from './document-index.js';
import type { Line, ReportDocument } from './document.js';
import { isValueText } from './value-text.js';

function lineOf(line: string): Line {
  if (line.includes('\t')) return { cells: line.split('\t'), isRow: true };
  if (!columnGap.test(line)) return { cells: [line], isRow: false };
  const parts = line.trim().split(columnGap);
  // Prose may hold double spaces: only a line with a value after its first part is a row.
  if (parts.length > 1 && parts.slice(1).some(isValueText))
    return { cells: parts, isRow: true, loose: true };
  return { cells: [line], isRow: false };
}

/**
 * Text copied from a report's page or PDF: one line per paragraph; table rows with tab-separated
 * cells, cells separated by runs of spaces, or one cell per line (read by `matchTable`).
 */
export function textDocument(text: string): ReportDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(lineOf);
  return { lines, meta: {} };
}
