import {
  correctionMark,
  proseBlocks,
  readPath,
  reportDate,
  reportTitle,
  tableLayout,
  titlePieces,
  type SectionDef,
  type TemplateDef,
  type TitleParts,
} from '@nianbao/schema';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { breakLines, type Measure, type Segment } from './break-lines.js';
import type { FontRole } from './fonts.js';
import { flow, type Paragraph } from './flow.js';
import { breaksBeforeKept, keepWithNext } from './keep-with-next.js';
import { lineContent } from './line-content.js';
import { pageStyle, textWidth } from './page-style.js';

import { breakableHeight, tableContent } from './table-content.js';
import { signOffContent, withSignOff } from './sign-off.js';
import { TextLog } from './text-log.js';
import { titleLines } from './title-lines.js';

export interface DocumentInput {
  readonly report: unknown;
  readonly template: TemplateDef;
  /** The pdfmake font family that prints each role. */
  readonly family: Readonly<Record<FontRole, string>>;
  /** The pdfmake line-height factor that gives a face at a size the wanted line pitch. */
  readonly lineHeight: (role: FontRole, size: number, pitch: number) => number;
  /** Text widths at a type size, as pdfkit will set them. */
  readonly measureAt: (size: number) => Measure;
  /** Set on every page when a report with errors is rendered anyway. */
  readonly stamp?: string;
  /** A correction of a published report: its title ends in （更正）, its reason follows it. */
  readonly correction?: { readonly reason: string };
  /** Ends the report with a 落款: the agency and the publication date. */
  readonly signOff?: boolean;
}

const indent = 2 * pageStyle.bodySize;

/** The parts of a report's official title, read leniently (a missing agency or year is left out). */
function titlePartsOf(report: unknown, isCorrection: boolean): TitleParts {
  const name = readPath(report, ['agency', 'name']);
  const year = readPath(report, ['year']);
  return {
    agency: typeof name === 'string' ? name : '',
    ...(typeof year === 'number' ? { year } : {}),
    isCorrection,
  };
}

/** What a correction prints under its title. */
export const correctionLine = (reason: string): string => `更正说明：${reason}`;

/** A paragraph in the body size: broken into lines here, justified, first line indented. */
function paragraph(
  segments: readonly Segment[],
  input: DocumentInput,
  isHeading = false,
): Paragraph {
  // The tallest face on a line sets its height: the factor that keeps it to the pitch.
  const roles = segments.length === 0 ? ['body' as const] : segments.map((s) => s.role);
  const lines = breakLines(segments, {
    width: textWidth,
    indent,
    measure: input.measureAt(pageStyle.bodySize),
  });
  return {
    lines: lineContent(lines, {
      width: textWidth,
      indent,
      isJustified: !isHeading,
      family: input.family,
    }),
    lineHeight: Math.min(
      ...roles.map((role) => input.lineHeight(role, pageStyle.bodySize, pageStyle.linePitch)),
    ),
    isHeading,
  };
}

function proseContent(
  section: SectionDef & { kind: 'prose' },
  input: DocumentInput,
  log: TextLog,
): Paragraph[] {
  const raw = readPath(input.report, ['narrative', section.id]);
  const text = typeof raw === 'string' && raw.trim() !== '' ? raw : (section.emptyText ?? '');
  const where = section.heading;
  return proseBlocks(text).map((block) => {
    const head: Segment[] =
      block.head === undefined
        ? []
        : [{ text: log.add(block.head, 'subhead', where), role: 'subhead' }];
    const body: Segment[] =
      block.body === '' ? [] : [{ text: log.add(block.body, 'body', where), role: 'body' }];
    return paragraph([...head, ...body], input, body.length === 0);
  });
}

function sectionContent(
  section: SectionDef,
  input: DocumentInput,
  log: TextLog,
): (Paragraph | { content: Content })[] {
  const heading = paragraph(
    [{ text: log.add(section.heading, 'heading', '章节标题'), role: 'heading' }],
    input,
    true,
  );
  if (section.kind === 'prose') return [heading, ...proseContent(section, input, log)];
  const tables = tableContent(tableLayout(section.table), {
    report: input.report,
    where: section.heading,
    log,
    family: input.family,
    measure: input.measureAt(pageStyle.tableSize),
    lineHeight: input.lineHeight(
      'body',
      pageStyle.tableSize,
      pageStyle.tableSize * pageStyle.tablePitch,
    ),
  });
  // A short block moves to the next page whole; a tall one breaks between rows, its header
  // rows repeated, rather than leave most of a page empty. The first keeps the heading with it.
  const first = tables[0];
  const [line, ...rest] = heading.lines;
  // A heading before a block that breaks asks for room for the block's header and first row.
  const lines =
    line && first && first.height > breakableHeight
      ? [keepWithNext(line, heading.lines.length * pageStyle.linePitch + first.headHeight), ...rest]
      : heading.lines;
  const headingContent: Content = { stack: [...lines], lineHeight: heading.lineHeight };
  return tables.map((table, index) => ({
    content: {
      stack:
        index === 0
          ? [headingContent, { stack: [table.content], margin: [0, 4, 0, 0] }]
          : [table.content],
      unbreakable: table.height <= breakableHeight,
      margin: [0, 0, 0, index === tables.length - 1 ? 8 : 0],
    },
  }));
}

function titleContent(parts: TitleParts, input: DocumentInput): Content {
  const lines = titleLines(titlePieces(parts), {
    width: textWidth,
    measure: input.measureAt(pageStyle.titleSize),
  });
  return {
    stack: lineContent(lines, { width: textWidth, family: input.family }),
    fontSize: pageStyle.titleSize,
    alignment: 'center',
    lineHeight: input.lineHeight('title', pageStyle.titleSize, pageStyle.titleSize * 1.5),
    margin: [0, 0, 0, pageStyle.linePitch],
  };
}

/** The whole report as a pdfmake document, and every string it prints (for the font check). */
export function reportDocument(input: DocumentInput): {
  document: TDocumentDefinitions;
  texts: TextLog;
} {
  const log = new TextLog();
  const { margins } = pageStyle;
  const parts = titlePartsOf(input.report, input.correction !== undefined);
  const title = log.add(reportTitle(parts), 'title', '标题');
  const correction =
    input.correction === undefined
      ? []
      : flow([
          paragraph(
            [
              {
                text: log.add(correctionLine(input.correction.reason), 'body', '更正说明'),
                role: 'body',
              },
            ],
            input,
          ),
        ]);
  const agency = readPath(input.report, ['agency', 'name']);
  const date = reportDate(input.report);
  const stamp = input.stamp === undefined ? undefined : log.add(input.stamp, 'heading', '页眉');
  log.add('— 0123456789 —', 'body', '页码');
  const body = flow(
    input.template.sections.flatMap((section) => sectionContent(section, input, log)),
  );
  const document: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    language: 'zh-CN',
    info: {
      title,
      author: typeof agency === 'string' ? agency : '',
      subject: '政府信息公开工作年度报告',
      keywords: '政府信息公开,年度报告',
      creator: 'nianbao',
      producer: 'nianbao (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    defaultStyle: {
      font: input.family.body,
      fontSize: pageStyle.bodySize,
      lineHeight: input.lineHeight('body', pageStyle.bodySize, pageStyle.linePitch),
    },
    content: [
      titleContent(parts, input),
      ...correction,
      ...(input.signOff === true
        ? withSignOff(
            body,
            signOffContent({ ...input, measure: input.measureAt(pageStyle.bodySize), log }),
          )
        : body),
    ],
    pageBreakBefore: breaksBeforeKept,
    footer: (page) => ({
      text: `— ${page} —`,
      fontSize: pageStyle.pageNumberSize,
      lineHeight: 1,
      alignment: page % 2 === 1 ? 'right' : 'left',
      margin: [
        margins.left + pageStyle.pageNumberSize,
        pageStyle.pageNumberGap,
        margins.right + pageStyle.pageNumberSize,
        0,
      ],
    }),
    // A page of a correction, printed or copied alone, still says it is one.
    ...(stamp === undefined && input.correction !== undefined
      ? {
          header: {
            text: log.add(correctionMark, 'heading', '页眉'),
            font: input.family.heading,
            fontSize: pageStyle.pageNumberSize,
            lineHeight: 1,
            alignment: 'right',
            margin: [margins.left, margins.top / 2, margins.right, 0],
          },
        }
      : {}),
    ...(stamp === undefined
      ? {}
      : {
          header: {
            text: stamp,
            font: input.family.heading,
            fontSize: 12,
            lineHeight: 1,
            color: '#c00000',
            alignment: 'center',
            margin: [margins.left, margins.top / 2, margins.right, 0],
          },
          watermark: {
            text: stamp,
            font: input.family.heading,
            color: '#c00000',
            opacity: 0.12,
          },
        }),
  };
  return { document, texts: log };
}
