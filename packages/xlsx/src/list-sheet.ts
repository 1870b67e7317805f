import ExcelJS from 'exceljs';
import { sheetName } from './sheet-name.js';

/** One column of a list: its heading and width in characters. */
export interface ListColumn {
  readonly header: string;
  readonly width?: number;
}

/** A list as a sheet: a title, columns, and rows of cells (null for empty). */
export interface ListSheet {
  readonly title: string;
  readonly columns: readonly ListColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * A list (e.g. the 填报进度 table) as an Excel workbook (.xlsx bytes): one sheet named after
 * `title`, a bold header row that stays in view (frozen) and carries Excel's filter buttons.
 * @example await renderListXlsx({ title: '填报进度', columns: [{ header: '机关' }], rows: [['平湖市']] });
 */
export async function renderListXlsx(list: ListSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nianbao';
  workbook.title = list.title;
  const sheet = workbook.addWorksheet(sheetName(list.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = list.columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(8, column.header.length * 2 + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of list.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, list.columns.length) },
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
