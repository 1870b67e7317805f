const digits = '一二三四五六七八九';

/**
 * The Chinese numeral of a heading ordinal, 1–99: 1 → 一, 10 → 十, 12 → 十二, 30 → 三十; throws
 * outside 1–99 (headings of 国办公开办函〔2021〕30号 number 一 to 六, sub-heads （一） to （七）).
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99)
    throw new RangeError(`no heading numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : digits[tens - 1]}十`;
  return tensPart + (ones === 0 ? '' : (digits[ones - 1] ?? ''));
}

const values = new Map(
  Array.from({ length: 99 }, (_, i) => [chineseNumeral(i + 1), i + 1] as const),
);

/** The value of a heading numeral as `chineseNumeral` writes it (一 to 九十九), else undefined. */
export const numeralValue = (text: string): number | undefined => values.get(text);

/** A section ordinal as printed: 1 → `一、`. */
export const sectionOrdinal = (value: number): string => `${chineseNumeral(value)}、`;

/** A sub-head ordinal as printed: 1 → `（一）`. */
export const subheadOrdinal = (value: number): string => `（${chineseNumeral(value)}）`;

/** The levels of heading ordinals: 一、 (section), （一） (sub-head), 1. (item). */
export type OrdinalLevel = 'section' | 'subhead' | 'item';

/** An ordinal a heading starts with: its level, its value, as written, and its numeral alone. */
export interface HeadingOrdinal {
  readonly level: OrdinalLevel;
  readonly value: number;
  /** The ordinal with its punctuation, as it stands in the text: `一、`, `（七）`, `(七)`, `1.`. */
  readonly text: string;
  /** The numeral without punctuation: `一`, `七`, `1`. */
  readonly numeral: string;
}

const patterns: readonly (readonly [OrdinalLevel, RegExp])[] = [
  ['section', /^([一二三四五六七八九十]+)、/],
  ['subhead', /^[（(]([一二三四五六七八九十]+)[）)]/],
  ['item', /^(\d+)(?=\.)/],
];

/**
 * The ordinal a heading or label starts with — `一、`, `（一）` (or half-width `(一)`), `1.` —
 * or undefined when it starts with none or with a malformed numeral such as `十十、`.
 * @example readOrdinal('（七）总计') // { level: 'subhead', value: 7, text: '（七）', numeral: '七' }
 */
export function readOrdinal(text: string): HeadingOrdinal | undefined {
  for (const [level, pattern] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const numeral = match[1] ?? '';
    const value = level === 'item' ? Number(numeral) : numeralValue(numeral);
    return value === undefined ? undefined : { level, value, text: match[0], numeral };
  }
  return undefined;
}
