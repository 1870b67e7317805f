import { readNumber, splitAddress, type LayoutCell, type TableLayout } from '@nianbao/schema';
import type { Alignment, Borders, Worksheet } from 'exceljs';

const thin = { style: 'thin' as const };
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const centred: Partial<Alignment> = { vertical: 'middle', horizontal: 'center', wrapText: true };
const font = { name: '宋体', size: 10.5 };

/** Writes one cell of the layout at its (1-based) sheet row and column, merging its spans. */
function writeCell(
  sheet: Worksheet,
  placed: LayoutCell,
  at: { row: number; col: number },
  report: unknown,
): void {
  const { row, col } = at;
  if (placed.rowSpan > 1 || placed.colSpan > 1)
    sheet.mergeCells(row, col, row + placed.rowSpan - 1, col + placed.colSpan - 1);
  const cell = sheet.getCell(row, col);
  if (placed.type === 'value') {
    // Totals too are the stored values, which validation has checked equal their sums.
    cell.value = readNumber(report, splitAddress(placed.cell.address)) ?? null;
  } else {
    cell.value = placed.text;
  }
  cell.alignment =
    placed.type === 'label' && placed.role === 'row' ? { ...centred, horizontal: 'left' } : centred;
  cell.font = placed.type === 'label' && placed.role === 'title' ? { ...font, bold: true } : font;
  for (let r = row; r < row + placed.rowSpan; r++)
    for (let c = col; c < col + placed.colSpan; c++) sheet.getCell(r, c).border = border;
}

/** Column widths in characters: outer label columns (三、本年度办理结果) narrow, row labels wide. */
const outerLabelWidth = 12;
const rowLabelWidth = { alone: 18, innermost: 28 };
const valueWidth = 11;
/** Points a width unit and a default row take, to tell a tall sheet from a wide one. */
const unitPoints = 5.6;
const rowPoints = 15;
/** Points per line of 10.5 pt text. */
const lineHeight = 14;

/** Lines a one-row cell's text wraps to: a Chinese character takes about two width units. */
function linesOf(placed: LayoutCell, widths: readonly number[]): number {
  if (placed.type !== 'label' || placed.rowSpan > 1) return 1;
  const width = widths.slice(placed.col, placed.col + placed.colSpan).reduce((a, b) => a + b, 0);
  const units = [...placed.text].reduce(
    (sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1),
    0,
  );
  return Math.ceil(units / Math.max(1, width - 1));
}

/** What one table sheet shows: the table's layout and heading, and the report's values. */
export interface TableSheet {
  readonly layout: TableLayout;
  readonly heading: string;
  readonly report: unknown;
}

/**
 * Fills a sheet with one table: its heading merged across the first row, then every block's
 * title, header and body rows with the layout's merged cells; values as numbers.
 */
export function fillTableSheet(sheet: Worksheet, { layout, heading, report }: TableSheet): void {
  sheet.mergeCells(1, 1, 1, layout.width);
  const head = sheet.getCell(1, 1);
  head.value = heading;
  head.font = { name: '黑体', size: 12, bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'left' };
  const labels = Math.max(...layout.blocks.map((block) => block.labelColumns));
  const widths = Array.from({ length: layout.width }, (_, c) =>
    c < labels - 1
      ? outerLabelWidth
      : c === labels - 1
        ? rowLabelWidth[labels > 1 ? 'innermost' : 'alone']
        : valueWidth,
  );
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  let offset = 2;
  let height = rowPoints;
  for (const block of layout.blocks) {
    for (const row of block.rows) {
      for (const placed of row)
        writeCell(sheet, placed, { row: offset + placed.row, col: placed.col + 1 }, report);
      const lines = Math.max(1, ...row.map((placed) => linesOf(placed, widths)));
      // Neither Excel nor LibreOffice grows a row for wrapped text in a file it did not lay out.
      if (lines > 1) sheet.getRow(offset + (row[0]?.row ?? 0)).height = lines * lineHeight + 2;
      height += lines > 1 ? lines * lineHeight + 2 : rowPoints;
    }
    offset += block.rows.length;
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Printed to the page's width, a tall table (三) fits one page upright, a wide one (四) across.
  const width = widths.reduce((sum, w) => sum + w, 0) * unitPoints;
  sheet.pageSetup.orientation = width > height ? 'landscape' : 'portrait';
}
