import {
  cellLabel,
  readPath,
  tableLayout,
  template2021,
  templateFor,
  type Finding,
} from '@nianbao/schema';
import { defaultFontFiles, loadFont, type FontFiles, type FontRole } from './fonts.js';

/** The finding's rule, as data: its id, severity (an error blocks 提交) and Chinese message. */
export const glyphRule = {
  id: 'pdf.glyphs',
  severity: 'error',
  title: 'PDF 字体能显示全部文字',
  message: '{where}有 PDF 字体缺少的字符 {characters}，生成不了 PDF。请改用常用字或删去。',
} as const;

interface Place {
  readonly address: string;
  readonly where: string;
  readonly text: string;
  /** The faces that may print it: prose lines are body text or, led by （一）…, sub-heads. */
  readonly roles: readonly FontRole[];
}

/** Every string of a report the PDF prints, read leniently, with where a person finds it. */
function placesOf(report: unknown): Place[] {
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  const text = (path: string[]) => {
    const value = readPath(report, path);
    return typeof value === 'string' ? value : '';
  };
  const places: Place[] = [
    {
      address: 'agency.name',
      where: '标题（机关名称）',
      text: text(['agency', 'name']),
      roles: ['title'],
    },
  ];
  for (const section of template.sections) {
    if (section.kind === 'prose') {
      const address = `narrative.${section.id}`;
      places.push({
        address,
        where: section.heading,
        text: text(['narrative', section.id]),
        roles: ['body', 'subhead'],
      });
      continue;
    }
    for (const block of tableLayout(section.table).blocks)
      for (const cell of block.body.flat())
        if (cell.type === 'value')
          places.push({
            address: cell.cell.address,
            where: `${section.heading}「${cellLabel(cell.cell)}」`,
            text: text([cell.cell.table, cell.cell.record, cell.cell.field]),
            roles: ['body'],
          });
  }
  return places;
}

const codePoint = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Findings (rule `pdf.glyphs`, errors) for characters the PDF's fonts lack, one per section or
 * cell, naming the place and each character with its code point, e.g. “𠮷”（U+20BB7）.
 * @example glyphFindings(report) // [{ rule: 'pdf.glyphs', cells: ['narrative.other'], … }]
 */
export function glyphFindings(report: unknown, fonts: Partial<FontFiles> = {}): Finding[] {
  const files = { ...defaultFontFiles(), ...fonts };
  const findings: Finding[] = [];
  for (const place of placesOf(report)) {
    if (place.text === '') continue;
    const fonts = place.roles.map((role) => loadFont(files[role]).font);
    const missing = [...new Set(place.text)].filter(
      (c) =>
        !/\s/u.test(c) && fonts.some((font) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)),
    );
    if (missing.length === 0) continue;
    const characters = missing.map((c) => `“${c}”（${codePoint(c)}）`).join('、');
    findings.push({
      rule: glyphRule.id,
      severity: glyphRule.severity,
      cells: [place.address],
      message: glyphRule.message
        .replace('{where}', place.where)
        .replace('{characters}', characters),
    });
  }
  return findings;
}
