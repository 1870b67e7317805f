import { cellKindRules, type CellKind } from '@nianbao/schema';

export type CellReading =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'blank' }
  | { readonly type: 'unreadable' };

const blank: CellReading = { type: 'blank' };
const unreadable: CellReading = { type: 'unreadable' };
const blankMarks = new Set(['', '/', '-', '--', '—', '——', '–', '─', '\\']);

/** The cell without white space, full-width ASCII (digits, ，．／－) made half-width as NFKC would. */
function compactOf(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code <= 32 || code === 0xa0 || code === 0x3000 || code === 0x200b;
    const isWide = code >= 0xff01 && code <= 0xff5e;
    const isMinus = code === 0x2212 || code === 0x2010;
    if (!isSpace && !isWide && !isMinus) continue;
    out += text.slice(from, i);
    if (isWide) out += String.fromCharCode(code - 0xfee0);
    else if (isMinus) out += '-';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Moves the decimal point of a digit string `places` to the left, exactly (no float error). */
function shiftDecimal(whole: string, fraction: string, places: number): number {
  const padded = whole.padStart(places + 1, '0');
  const cut = padded.length - places;
  return Number(`${padded.slice(0, cut)}.${padded.slice(cut)}${fraction}`);
}

const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * Reads a table cell as published: thousands separators, full-width digits and the units its
 * kind may be written in (`cellKindRules[kind].writtenUnits`: 件…, 万元, 元 — 元 converted to
 * 万元) are accepted; blank, “/”, “-”, “—” are blanks.
 * @example readCell('251000元', 'amount') // { type: 'number', value: 25.1 }
 */
export function readCell(text: string | undefined, kind: CellKind): CellReading {
  if (text === undefined) return blank;
  const compact = compactOf(text);
  if (blankMarks.has(compact)) return blank;
  // By hand rather than by regular expression: this runs for every cell of every report.
  const first = compact.charCodeAt(0);
  const isNegative = first === 45;
  let at = isNegative || first === 43 ? 1 : 0;
  const start = at;
  while (isDigitAt(compact, at) || (compact.charCodeAt(at) === 44 && at > start)) {
    if (compact.charCodeAt(at) === 44) {
      const isGroup =
        isDigitAt(compact, at + 1) && isDigitAt(compact, at + 2) && isDigitAt(compact, at + 3);
      if (!isGroup || isDigitAt(compact, at + 4)) return unreadable;
    }
    at++;
  }
  if (at === start) return unreadable;
  const grouped = compact.slice(start, at);
  let fraction = '';
  if (compact.charCodeAt(at) === 46) {
    const from = ++at;
    while (isDigitAt(compact, at)) at++;
    if (at === from) return unreadable;
    fraction = compact.slice(from, at);
  }
  const unit = compact.slice(at);
  // A unit of another kind (件 in an amount, 元 in a count) makes the cell unreadable.
  const { writtenUnits } = cellKindRules[kind];
  if (unit && !Object.hasOwn(writtenUnits, unit)) return unreadable;
  const places = unit ? (writtenUnits[unit] ?? 0) : 0;
  const whole = grouped.includes(',') ? grouped.replaceAll(',', '') : grouped;
  const magnitude =
    places > 0
      ? shiftDecimal(whole, fraction, places)
      : Number(fraction ? `${whole}.${fraction}` : whole);
  return { type: 'number', value: isNegative && magnitude !== 0 ? -magnitude : magnitude };
}
