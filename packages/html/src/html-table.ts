import {
  formatCellValue,
  readNumber,
  splitAddress,
  type LayoutCell,
  type TableLayout,
} from '@nianbao/schema';
import { escapeHtml } from './escape-html.js';
import { htmlStyles } from './html-styles.js';

const spans = (cell: LayoutCell): string =>
  (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
  (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');

function cellHtml(cell: LayoutCell, report: unknown): string {
  if (cell.type === 'value') {
    const text = formatCellValue(readNumber(report, splitAddress(cell.cell.address)));
    return `<td${spans(cell)} style="${htmlStyles.value}">${escapeHtml(text)}</td>`;
  }
  const scope = cell.role === 'row' ? 'row' : cell.colSpan > 1 ? 'colgroup' : 'col';
  const style = cell.role === 'row' ? htmlStyles.rowLabel : htmlStyles.label;
  return `<th scope="${scope}"${spans(cell)} style="${style}">${escapeHtml(cell.text)}</th>`;
}

/**
 * One statistical table as an HTML `<table>`: every block's title, header and body rows with the
 * layout's exact `rowspan`/`colspan`, labels verbatim in `<th>`, numbers as text in `<td>`.
 */
export function htmlTable(layout: TableLayout, report: unknown): string {
  const rows = layout.blocks.flatMap((block) =>
    block.rows.map((row) => `<tr>${row.map((cell) => cellHtml(cell, report)).join('')}</tr>`),
  );
  return `<table style="${htmlStyles.table}"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
