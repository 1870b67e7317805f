import type { Artefacts } from './artefacts.js';
import { gridOf, type PrintedReport, type PrintedTable } from './print-report.js';

/** A table copied from a page: `grid` gives one cell per grid column (padding merged cells), `compact` one per printed cell. */
function tableLines(
  table: PrintedTable,
  style: 'grid' | 'compact',
  artefacts: Artefacts,
): string[] {
  return gridOf(table).map((slots) => {
    const cells: string[] = [];
    let started = false;
    let startsWithPadding = false;
    for (const slot of slots) {
      if (typeof slot === 'object') {
        const parts = slot.isRowLabel ? artefacts.split(slot.text) : undefined;
        cells.push(parts ? parts.join('\n') : slot.text);
        started = true;
      } else if (style === 'grid' || (slot === 'above' && !started)) {
        if (cells.length === 0) startsWithPadding = true;
        cells.push('');
      }
    }
    // A lost leading tab: the row starts one cell early (a grid copy keeps its width). Only the
    // padding of a merged label is lost this way; a blank first value would make the row ambiguous.
    if (startsWithPadding && cells.length > 1 && artefacts.chance(0.3)) {
      cells.shift();
      if (style === 'grid') cells.push('');
    }
    return cells.join('\t');
  });
}

/** The text a person gets by copying the page: paragraphs as lines, tables tab-separated. */
export function copiedText(
  printed: PrintedReport,
  style: 'grid' | 'compact',
  artefacts: Artefacts,
): string {
  const lines: string[] = ['', ''];
  for (const piece of printed.pieces) {
    if (piece.type === 'table') lines.push(...tableLines(piece.table, style, artefacts));
    else if (piece.type === 'date') lines.push(`发布日期：${piece.text}`);
    else lines.push(piece.text);
    if (artefacts.chance(0.5)) lines.push('');
  }
  return lines.join(artefacts.pick(['\n', '\r\n']));
}
