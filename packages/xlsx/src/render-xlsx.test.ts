import {
  formatCellValue,
  readNumber,
  splitAddress,
  tableLayout,
  template2021,
  templates,
  type TemplateDef,
} from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertWith, hasLibreOffice } from '../../../tooling/repo-checks/src/libre-office.js';
import { renderXlsx } from './render-xlsx.js';

const report = generateReport(11);
const tablesOf = (template: TemplateDef) =>
  template.sections.flatMap((s) => (s.kind === 'table' ? [s] : []));
const tables = tablesOf(template2021);

/** Each layout cell at its 0-based sheet row and column (the heading takes row 0). */
function placedCells(layout: ReturnType<typeof tableLayout>) {
  let offset = 1;
  return layout.blocks.flatMap((block) => {
    const cells = block.rows.flatMap((row) =>
      row.map((cell) => ({ cell, row: offset + cell.row, col: cell.col })),
    );
    offset += block.rows.length;
    return cells;
  });
}

describe('renderXlsx bytes', () => {
  afterEach(() => vi.useRealTimers());

  it('are the same for the same report exported at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-01T08:00:00Z'));
    const first = await renderXlsx(report);
    vi.setSystemTime(new Date('2025-07-09T17:31:07Z'));
    expect(await renderXlsx(report)).toEqual(first);
  });

  it('differ for a report published on another day', async () => {
    const other = { ...report, publishedOn: `${report.year + 1}-02-28` };
    expect(await renderXlsx(other)).not.toEqual(await renderXlsx(report));
  });
});

describe.each(templates.map((t) => [t.format, t] as const))(
  'renderXlsx, format %s',
  (_f, template) => {
    it('gives one sheet per table, named by its heading, with the layout’s merges and numbers', async () => {
      const report = generateReport(11, template);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer);
      const tables = tablesOf(template);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(tables.map((s) => s.heading));
      for (const section of tables) {
        const sheet = workbook.getWorksheet(section.heading);
        if (!sheet) throw new Error(section.heading);
        for (const { cell, row, col } of placedCells(tableLayout(section.table))) {
          const written = sheet.getCell(row + 1, col + 1);
          if (cell.type === 'label') expect(written.value).toBe(cell.text);
          else expect(written.value).toBe(readNumber(report, splitAddress(cell.cell.address)));
          const end = sheet.getCell(row + cell.rowSpan, col + cell.colSpan);
          if (cell.rowSpan > 1 || cell.colSpan > 1)
            expect(end.master.address).toBe(written.address);
        }
      }
    });
  },
);

const csvRows = (text: string): string[][] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

describe.skipIf(!hasLibreOffice('xlsx'))('the workbook in LibreOffice Calc', () => {
  it('converts to CSV with every label and value of every sheet in its place', async () => {
    const sheets = convertWith({
      bytes: await renderXlsx(report),
      name: 'report.xlsx',
      to: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    });
    expect(sheets.size).toBe(tables.length);
    for (const section of tables) {
      const csv = sheets.get(`report-${section.heading}.csv`);
      if (!csv) throw new Error(`no CSV for ${section.heading}`);
      const rows = csvRows(csv.toString('utf8'));
      expect(rows[0]?.[0]).toBe(section.heading);
      for (const { cell, row, col } of placedCells(tableLayout(section.table))) {
        const want =
          cell.type === 'label'
            ? cell.text
            : formatCellValue(readNumber(report, splitAddress(cell.cell.address)));
        expect(rows[row]?.[col]).toBe(want);
      }
    }
  }, 120_000);

  it('prints each table on one page, to the page’s width', async () => {
    const printed = convertWith({
      bytes: await renderXlsx(report),
      name: 'report.xlsx',
      to: 'pdf',
    });
    const pdf = printed.get('report.pdf')?.toString('latin1') ?? '';
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(tables.length);
  }, 120_000);
});
