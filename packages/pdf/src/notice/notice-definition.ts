import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { FontRole } from '../fonts.js';
import { pageStyle } from '../page-style.js';
import type { NoticeBlock, NoticeDocument } from '@nianbao/schema';

/** The fonts and line heights a notice is set in. */
export interface NoticeFaces {
  readonly family: Readonly<Record<FontRole, string>>;
  /** The pdfmake line-height factor that gives a face the body's line pitch. */
  readonly lineHeight: (role: FontRole) => number;
}

const roleOf: Record<NoticeBlock['kind'], FontRole> = {
  heading: 'heading',
  subhead: 'subhead',
  paragraph: 'body',
  item: 'body',
};

const indent = 2 * pageStyle.bodySize;

/** The pdfmake document of a 通报: GB/T 9704 page, type sizes and 落款, page numbers “— N —”. */
export function noticeDefinition(notice: NoticeDocument, faces: NoticeFaces): TDocumentDefinitions {
  const line = (role: FontRole, text: string, extra: object = {}): Content => ({
    text,
    font: faces.family[role],
    lineHeight: faces.lineHeight(role),
    ...extra,
  });
  const signOff = (text: string): Content =>
    line('body', text, { alignment: 'right', margin: [0, 0, indent * 2, 0] });
  return {
    pageSize: 'A4',
    pageMargins: [
      pageStyle.margins.left,
      pageStyle.margins.top,
      pageStyle.margins.right,
      pageStyle.margins.bottom,
    ],
    info: { title: notice.title, subject: '通报（草稿）', creator: 'nianbao', producer: 'nianbao' },
    defaultStyle: { fontSize: pageStyle.bodySize, font: faces.family.body },
    footer: (page) => ({
      text: `— ${String(page)} —`,
      alignment: page % 2 === 1 ? 'right' : 'left',
      fontSize: pageStyle.pageNumberSize,
      font: faces.family.body,
      margin: [pageStyle.margins.left, pageStyle.pageNumberGap, pageStyle.margins.right, 0],
    }),
    content: [
      line('title', notice.title, {
        fontSize: pageStyle.titleSize,
        alignment: 'center',
        lineHeight: 1.4,
        margin: [0, 0, 0, pageStyle.linePitch],
      }),
      line('body', notice.addressee),
      ...notice.blocks.map((block) =>
        line(roleOf[block.kind], block.text, {
          leadingIndent: indent,
          alignment: block.kind === 'paragraph' || block.kind === 'item' ? 'justify' : 'left',
          ...(block.kind === 'heading' || block.kind === 'subhead' ? { headlineLevel: 1 } : {}),
        }),
      ),
      { text: ' ', margin: [0, pageStyle.linePitch, 0, 0] },
      signOff(notice.issuer),
      signOff(notice.date),
    ],
  };
}
