import {
  readPath,
  reportTitle,
  tableLayout,
  template2021,
  templateFor,
  titlePieces,
  type SectionDef,
  type TableDef,
  type TableLayout,
  type TitleParts,
} from '@nianbao/schema';
import { escapeHtml } from './escape-html.js';
import { htmlStyles } from './html-styles.js';
import { htmlTable } from './html-table.js';

// Layouts depend on the template alone: laid out once per table, not once per render.
const layouts = new WeakMap<TableDef, TableLayout>();
function layoutOf(table: TableDef): TableLayout {
  const known = layouts.get(table);
  if (known) return known;
  const layout = tableLayout(table);
  layouts.set(table, layout);
  return layout;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function titlePartsOf(report: unknown): TitleParts {
  const year = readPath(report, ['year']);
  return {
    agency: text(readPath(report, ['agency', 'name'])),
    ...(typeof year === 'number' ? { year } : {}),
  };
}

// The browser breaks the title between its pieces (after the agency or 2021年度), not inside one.
const titleHtml = (parts: TitleParts): string =>
  titlePieces(parts)
    .map((piece) => `<span style="display:inline-block">${escapeHtml(piece)}</span>`)
    .join('');

function proseHtml(section: SectionDef & { kind: 'prose' }, report: unknown): string[] {
  const raw = text(readPath(report, ['narrative', section.id]));
  const prose = raw.trim() === '' ? (section.emptyText ?? '') : raw;
  return prose
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p style="${htmlStyles.paragraph}">${escapeHtml(line)}</p>`);
}

function sectionHtml(section: SectionDef, report: unknown): string[] {
  const heading = `<h2 style="${htmlStyles.heading}">${escapeHtml(section.heading)}</h2>`;
  return section.kind === 'prose'
    ? [heading, ...proseHtml(section, report)]
    : [heading, htmlTable(layoutOf(section.table), report)];
}

/**
 * A report as one `<article>` to paste into a 政府信息公开 platform's CMS: title, 发布日期, the
 * six headings, prose paragraphs and tables 二–四 with the template's spans; inline styles only,
 * no script, every text escaped. Reads any JSON leniently (missing values print empty).
 * @example clipboardHtml = renderHtmlArticle(report);
 */
export function renderHtmlArticle(report: unknown): string {
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  const date = text(readPath(report, ['publishedOn']));
  const parts = [
    `<article lang="zh-CN" style="${htmlStyles.article}">`,
    `<h1 style="${htmlStyles.title}">${titleHtml(titlePartsOf(report))}</h1>`,
    ...(date ? [`<p style="${htmlStyles.date}">发布日期：${escapeHtml(date)}</p>`] : []),
    ...template.sections.flatMap((section) => sectionHtml(section, report)),
    '</article>',
  ];
  return parts.join('\n');
}

/**
 * A report as one self-contained UTF-8 HTML page (product contract §4): `renderHtmlArticle`'s
 * article in a document that declares its charset, language and title.
 * @example await writeFile('report.html', renderHtml(report));
 */
export function renderHtml(report: unknown): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(reportTitle(titlePartsOf(report)))}</title></head><body>`,
    renderHtmlArticle(report),
    '</body></html>\n',
  ].join('\n');
}
