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
  let offset = 2;
  for (const block of layout.blocks) {
    for (const row of block.rows)
      for (const placed of row)
        writeCell(sheet, placed, { row: offset + placed.row, col: placed.col + 1 }, report);
    offset += block.rows.length;
  }
  const labels = Math.max(...layout.blocks.map((block) => block.labelColumns));
  for (let c = 1; c <= layout.width; c++) sheet.getColumn(c).width = c <= labels ? 18 : 11;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}
