import {
  proseBlocks,
  readPath,
  reportDate,
  reportTitle,
  tableLayout,
  template2021,
  templateFor,
  type SectionDef,
  type TitleParts,
} from '@nianbao/schema';
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { docxStyle } from './docx-style.js';
import { docxTables, tableStyles } from './docx-table.js';
import { packDocx } from './pack-docx.js';
import { titleRuns } from './title-runs.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const exact = { line: docxStyle.linePitch, lineRule: LineRuleType.EXACT };

function titleOf(report: unknown): TitleParts {
  const year = readPath(report, ['year']);
  return {
    agency: text(readPath(report, ['agency', 'name'])),
    ...(typeof year === 'number' ? { year } : {}),
  };
}

const bodyParagraph = (runs: TextRun[], keepNext: boolean): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: docxStyle.indent },
    spacing: exact,
    keepNext,
    children: runs,
  });

function proseParagraphs(section: SectionDef & { kind: 'prose' }, report: unknown): Paragraph[] {
  const raw = text(readPath(report, ['narrative', section.id]));
  const prose = raw.trim() === '' ? (section.emptyText ?? '') : raw;
  return proseBlocks(prose).map((block) =>
    bodyParagraph(
      [
        ...(block.head === undefined
          ? []
          : [new TextRun({ text: block.head, ...docxStyle.subhead })]),
        ...(block.body === '' ? [] : [new TextRun({ text: block.body, ...docxStyle.body })]),
      ],
      // A sub-head on a line of its own stays with what it heads, as a heading does.
      block.body === '',
    ),
  );
}

function sectionContent(section: SectionDef, report: unknown): (Paragraph | Table)[] {
  const heading = new Paragraph({
    indent: { firstLine: docxStyle.indent },
    spacing: exact,
    keepNext: true,
    children: [new TextRun({ text: section.heading, ...docxStyle.heading })],
  });
  if (section.kind === 'prose') return [heading, ...proseParagraphs(section, report)];
  const tables = docxTables(tableLayout(section.table), report);
  // An empty line after each table keeps the next block or heading off its border.
  return [heading, ...tables.flatMap((table) => [table, new Paragraph({ children: [] })])];
}

const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], ...docxStyle.pageNumber }),
        ],
      }),
    ],
  });

function docxDocument(report: unknown, title: TitleParts): Document {
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  return new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { ...docxStyle.body } } },
      paragraphStyles: [
        {
          id: tableStyles.cell,
          name: 'nianbao table',
          run: docxStyle.table,
          paragraph: { alignment: AlignmentType.CENTER },
        },
        {
          id: tableStyles.title,
          name: 'nianbao table title',
          run: { ...docxStyle.table, bold: true },
          paragraph: { alignment: AlignmentType.CENTER },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: docxStyle.page, margin: docxStyle.page.margin } },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: docxStyle.linePitch },
            children: titleRuns(title),
          }),
          ...template.sections.flatMap((section) => sectionContent(section, report)),
        ],
      },
    ],
  });
}

/**
 * A report as a Word document (.docx bytes): A4 with GB/T 9704 margins and type sizes, the title
 * in 方正小标宋, headings in 黑体 and 楷体, body in 仿宋_GB2312 (named, not embedded), tables
 * 二–四 with every merged cell and header rows that repeat across pages, page numbers “— N —”.
 * @example await writeFile('report.docx', await renderDocx(report));
 */
export async function renderDocx(report: unknown): Promise<Uint8Array> {
  const title = titleOf(report);
  return packDocx(docxDocument(report, title), {
    title: reportTitle(title),
    subject: '政府信息公开工作年度报告',
    date: reportDate(report),
  });
}
