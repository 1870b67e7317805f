import { AlignmentType, Document, LineRuleType, Paragraph, TextRun } from 'docx';
import { docxStyle } from '../docx-style.js';
import { packDocx } from '../pack-docx.js';
import type { NoticeBlock, NoticeDocument } from '@nianbao/schema';

const exact = { line: docxStyle.linePitch, lineRule: LineRuleType.EXACT };

const runStyles: Record<NoticeBlock['kind'], { font: object; size: number }> = {
  heading: docxStyle.heading,
  subhead: docxStyle.subhead,
  paragraph: docxStyle.body,
  item: docxStyle.body,
};

const blockParagraph = (block: NoticeBlock): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: docxStyle.indent },
    spacing: exact,
    keepNext: block.kind === 'heading' || block.kind === 'subhead',
    children: [new TextRun({ text: block.text, ...runStyles[block.kind] })],
  });

// The 落款 ends four characters in from the right margin (GB/T 9704 §7.3.5).
const signOffLine = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: docxStyle.indent * 2 },
    spacing: exact,
    children: [new TextRun({ text, ...docxStyle.body })],
  });

/** The 落款's date (`2026年1月5日`) at 00:00 UTC, so the same 通报 gives the same bytes. */
function noticeDate(written: string): Date {
  const [, year = '2000', month = '1', day = '1'] =
    /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(written) ?? [];
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * A 通报 as a Word document (.docx bytes): A4 with GB/T 9704 margins, title in 二号 小标宋, 主送 flush
 * left, body in 三号 仿宋 with 黑体 and 楷体 headings, and the 落款 (issuer and date) at the right.
 * @example await writeFile('通报.docx', await renderNoticeDocx(notice));
 */
export async function renderNoticeDocx(notice: NoticeDocument): Promise<Uint8Array> {
  const document = new Document({
    styles: { default: { document: { run: { ...docxStyle.body } } } },
    sections: [
      {
        properties: { page: { size: docxStyle.page, margin: docxStyle.page.margin } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: docxStyle.linePitch },
            children: [new TextRun({ text: notice.title, ...docxStyle.title })],
          }),
          new Paragraph({
            spacing: exact,
            children: [new TextRun({ text: notice.addressee, ...docxStyle.body })],
          }),
          ...notice.blocks.map(blockParagraph),
          new Paragraph({ spacing: exact, children: [] }),
          signOffLine(notice.issuer),
          signOffLine(notice.date),
        ],
      },
    ],
  });
  return packDocx(document, {
    title: notice.title,
    subject: '通报（草稿）',
    date: noticeDate(notice.date),
  });
}
