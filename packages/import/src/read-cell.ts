import type { CellKind } from '@nianbao/schema';

export type CellReading =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'blank' }
  | { readonly type: 'unreadable' };

const blank: CellReading = { type: 'blank' };
const unreadable: CellReading = { type: 'unreadable' };
const blankMarks = new Set(['', '/', '-', '--', '—', '——', '–', '─', '\\']);
// Digits with optional thousands separators and decimals, then an optional unit.
const number = /^([+-]?)(\d+(?:,\d{3})*)(\.\d+)?(万元|元|件次|件|个|项|次)?$/;
const digitsOnly = /^\d{1,15}$/;
const moneyUnits = new Set(['万元', '元']);

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

/**
 * Reads a table cell as published: thousands separators, full-width digits and units (件, 万元,
 * 元 — 元 converted to 万元 for amounts) are accepted; blank, “/”, “-”, “—” are blanks.
 * @example readCell('251000元', 'amount') // { type: 'number', value: 25.1 }
 */
export function readCell(text: string | undefined, kind: CellKind): CellReading {
  if (text === undefined) return blank;
  if (digitsOnly.test(text)) return { type: 'number', value: Number(text) };
  const compact = compactOf(text);
  if (blankMarks.has(compact)) return blank;
  const match = number.exec(compact);
  if (!match) return unreadable;
  const [, sign, grouped = '', decimals = '', unit] = match;
  const isMoney = unit !== undefined && moneyUnits.has(unit);
  if (unit !== undefined && isMoney !== (kind === 'amount')) return unreadable;
  const whole = grouped.includes(',') ? grouped.replaceAll(',', '') : grouped;
  const magnitude =
    unit === '元' ? shiftDecimal(whole, decimals.slice(1), 4) : Number(whole + decimals);
  return { type: 'number', value: sign === '-' && magnitude !== 0 ? -magnitude : magnitude };
}
