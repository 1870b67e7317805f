import { titlePieces, type TitleParts } from '@nianbao/schema';
import { TextRun } from 'docx';
import { docxStyle } from './docx-style.js';

/** Ems a title line holds: the text block over the title size (both in twips). */
const lineEms = docxStyle.textWidth / (docxStyle.title.size * 10);

/** Width in ems, Chinese characters full and Latin letters and figures half. */
const ems = (text: string): number =>
  [...text].reduce((sum, c) => sum + ((c.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1), 0);

/**
 * The title as runs in 二号 小标宋, broken between its pieces (after the agency or after
 * `2021年度`) rather than where Word would wrap, as the PDF breaks it; the fonts are named only,
 * so widths are reckoned in ems.
 */
export function titleRuns(parts: TitleParts): TextRun[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of titlePieces(parts)) {
    if (line !== '' && ems(line + piece) > lineEms) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.map(
    (text, index) => new TextRun({ text, ...(index > 0 ? { break: 1 } : {}), ...docxStyle.title }),
  );
}
