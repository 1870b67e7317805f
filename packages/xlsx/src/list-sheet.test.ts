import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderListXlsx } from './list-sheet.js';

describe('renderListXlsx', () => {
  it('writes a frozen, filterable header row and the rows, empty cells left empty', async () => {
    const bytes = await renderListXlsx({
      title: '2025年度填报进度',
      columns: [{ header: '机关' }, { header: '错误', width: 6 }],
      rows: [
        ['甲镇', 2],
        ['乙镇', null],
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('2025年度填报进度');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.getRow(1).font.bold).toBe(true);
    expect(sheet?.getRow(2).values).toEqual([undefined, '甲镇', 2]);
    expect(sheet?.getCell('B3').value).toBeNull();
  });
});
