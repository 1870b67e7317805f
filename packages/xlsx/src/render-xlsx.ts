import {
  readPath,
  reportDate,
  reportTitle,
  stampZipDates,
  tableLayout,
  template2021,
  templateFor,
} from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { sheetName } from './sheet-name.js';

// exceljs declares PaperSize as an enum its JavaScript does not export; 9 is A4.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
const a4 = 9 as ExcelJS.PaperSize;
import { fillTableSheet } from './table-sheet.js';

/**
 * A report as an Excel workbook (.xlsx bytes): one sheet per table (二, 三, 四) named by its
 * heading, with the template's merged header cells and labels, and every value as a number.
 * @example await writeFile('report.xlsx', await renderXlsx(report));
 */
export async function renderXlsx(report: unknown): Promise<Uint8Array> {
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  const workbook = new ExcelJS.Workbook();
  const name = readPath(report, ['agency', 'name']);
  const year = readPath(report, ['year']);
  workbook.creator = 'nianbao';
  workbook.title = reportTitle({
    agency: typeof name === 'string' ? name : '',
    ...(typeof year === 'number' ? { year } : {}),
  });
  // The report's date, not the export's: the workbook describes the published report.
  const date = reportDate(report);
  workbook.created = workbook.modified = date;
  for (const section of template.sections) {
    if (section.kind !== 'table') continue;
    const sheet = workbook.addWorksheet(sheetName(section.heading), {
      pageSetup: {
        paperSize: a4,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    fillTableSheet(sheet, { layout: tableLayout(section.table), heading: section.heading, report });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  // JSZip dates every entry by the clock; the report's date makes the same report the same bytes.
  return stampZipDates(new Uint8Array(buffer), date);
}
