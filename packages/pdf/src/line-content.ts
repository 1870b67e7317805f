import type { ContentText } from 'pdfmake/interfaces.js';
import type { BrokenLine } from './break-lines.js';
import type { FontRole } from './fonts.js';

export interface LineStyle {
  /** The width lines were broken to; justified lines are spread to fill it. */
  readonly width: number;
  /** First-line indent, in points. */
  readonly indent?: number;
  readonly isJustified?: boolean;
  readonly family: Readonly<Record<FontRole, string>>;
}

/**
 * Lines broken by `breakLines` as pdfmake text nodes that pdfmake will not break again
 * (`noWrap`): one inline per run of text instead of one per Chinese character. A justified
 * line (all but a paragraph's last) spreads its slack as character spacing.
 */
export function lineContent(lines: readonly BrokenLine[], style: LineStyle): ContentText[] {
  const { width, indent = 0, isJustified = false, family } = style;
  return lines.map((line, index): ContentText => {
    const room = width - (index === 0 ? indent : 0);
    const gaps = line.characters - line.segments.length;
    const isLast = index === lines.length - 1;
    const spacing =
      isJustified && !isLast && gaps > 0 && room > line.width ? (room - line.width) / gaps : 0;
    return {
      text: line.segments.map((segment) => ({ text: segment.text, font: family[segment.role] })),
      noWrap: true,
      ...(spacing > 0 ? { characterSpacing: spacing } : {}),
      ...(index === 0 && indent > 0 ? { margin: [indent, 0, 0, 0] } : {}),
    };
  });
}
