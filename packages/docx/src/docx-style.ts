/** Millimetres to twips, rounded (docx's own helper truncates: A4 would lose a twip). */
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Half-points, the unit of DOCX type sizes. */
const pt = (points: number): number => points * 2;

/** A face by its Chinese name, for Chinese and Latin text alike (DOCX names fonts, never embeds them). */
const face = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** GB/T 9704-2012 page geometry, type sizes and faces (format-2021 §9), in DOCX units. */
export const docxStyle = {
  page: {
    width: twips(210),
    height: twips(297),
    margin: {
      top: twips(37),
      bottom: twips(35),
      left: twips(28),
      right: twips(26),
      footer: twips(28),
    },
  },
  /** The 156 mm text block, in twips. */
  textWidth: twips(156),
  /** 二号 方正小标宋 for the title. */
  title: { font: face('方正小标宋简体'), size: pt(22) },
  /** 三号 仿宋 for the body. */
  body: { font: face('仿宋_GB2312'), size: pt(16) },
  /** 三号 黑体 for 一、 headings. */
  heading: { font: face('黑体'), size: pt(16) },
  /** 三号 楷体 for （一） headings. */
  subhead: { font: face('楷体_GB2312'), size: pt(16) },
  /** 小五 for tables, so table 三 fits a page as in the PDF. */
  table: { font: face('仿宋_GB2312'), size: pt(9) },
  /** 四号 page numbers. */
  pageNumber: { font: face('宋体'), size: pt(14) },
  /** 22 lines to the text block: a fixed 28.9 pt pitch, in twips. */
  linePitch: 578,
  /** Two characters of the body size, in twips. */
  indent: 640,
} as const;
