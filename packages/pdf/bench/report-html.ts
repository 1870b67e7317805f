// The report as one HTML page in the same layout, for Chromium's print-to-PDF baseline.
import { pathToFileURL } from 'node:url';
import {
  readPath,
  reportTitle,
  tableLayout,
  template2021,
  templateFor,
  type LayoutCell,
} from '@nianbao/schema';
import { defaultFontFiles } from '../src/index.js';

/** A cell or field as text: numbers and strings as they are, anything else empty. */
const textAt = (report: unknown, path: string[]): string => {
  const value = readPath(report, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellHtml(cell: LayoutCell, report: unknown): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  const text =
    cell.type === 'label'
      ? cell.text
      : textAt(report, [cell.cell.table, cell.cell.record, cell.cell.field]);
  return `<td${spans}>${escape(text)}</td>`;
}

const titleOf = (report: unknown): string => {
  const year = readPath(report, ['year']);
  return reportTitle({
    agency: textAt(report, ['agency', 'name']),
    ...(typeof year === 'number' ? { year } : {}),
  });
};

export function reportHtml(report: unknown): string {
  const fonts = defaultFontFiles();
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  const sections = template.sections.map((section) => {
    if (section.kind === 'prose') {
      const text = textAt(report, ['narrative', section.id]);
      const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
      return `<h2>${escape(section.heading)}</h2>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}`;
    }
    const blocks = tableLayout(section.table).blocks.map((block) => {
      const rows = block.rows.map(
        (row) => `<tr>${row.map((cell) => cellHtml(cell, report)).join('')}</tr>`,
      );
      return `<table>${rows.join('')}</table>`;
    });
    return `<h2>${escape(section.heading)}</h2>${blocks.join('')}`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: body; src: url('${pathToFileURL(fonts.body).href}'); }
@font-face { font-family: heading; src: url('${pathToFileURL(fonts.heading).href}'); }
@font-face { font-family: title; src: url('${pathToFileURL(fonts.title).href}'); }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font: 16pt/28.9pt body; margin: 0; }
h1 { font: 22pt/1.5 title; text-align: center; }
h2 { font: 16pt/28.9pt heading; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
table { border-collapse: collapse; width: 100%; font: 9pt/1.3 body; }
td { border: 0.75pt solid black; padding: 1.5pt; text-align: center; }
</style></head><body><h1>${escape(titleOf(report))}</h1>${sections.join('')}</body></html>`;
}
