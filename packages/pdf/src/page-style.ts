/** Millimetres to PDF points. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** GB/T 9704-2012 page geometry and type sizes (spec §9). */
export const pageStyle = {
  margins: { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) },
  /** 二号 */
  titleSize: 22,
  /** 三号 */
  bodySize: 16,
  /** 22 lines to the 225 mm text block. */
  linePitch: 28.9,
  /** 四号 */
  pageNumberSize: 14,
  /** Page numbers sit about 7 mm below the text block. */
  pageNumberGap: mm(7),
  /** 小五: table 三 then fits one page, where pdfmake lays out its long merged cells correctly. */
  tableSize: 9,
  /** Line pitch of table text, in multiples of its size. */
  tablePitch: 1.3,
} as const;

/** Height of the text block: 225 mm. */
export const textHeight = mm(297) - pageStyle.margins.top - pageStyle.margins.bottom;

/** Width of the text block: 156 mm. */
export const textWidth = mm(210) - pageStyle.margins.left - pageStyle.margins.right;
