import type { CellKind } from '@nianbao/schema';

export type CellReading =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'blank' }
  | { readonly type: 'unreadable' };

const blankMarks = new Set(['', '/', '-', '--', '—', '——', '–', '─', '\\']);
const number = /^([+-]?)(\d+(?:\.\d+)?)(万元|元|件次|件|个|项|次)?$/;
const thousands = /(\d),(?=\d{3}(?:\D|$))/g;
const spaces = /[\s\u00a0\u3000]+/g;
const minus = /[−‐]/g;
const digitsOnly = /^\d{1,15}$/;
const plainAscii = /^[\x20-\x7e]*$/;
// Full-width ASCII (digits, ，．／－) as NFKC reads it, without NFKC's cost.
const fullWidth = /[\uff01-\uff5e]/g;
const toHalfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Moves the decimal point of a digit string `places` to the left, exactly (no float error). */
function shiftDecimal(digits: string, places: number): number {
  const [whole = '0', fraction = ''] = digits.split('.');
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
  if (text === undefined) return { type: 'blank' };
  if (digitsOnly.test(text)) return { type: 'number', value: Number(text) };
  let compact = plainAscii.test(text)
    ? text
    : text.replace(fullWidth, toHalfWidth).replace(minus, '-');
  if (/\s/.test(compact)) compact = compact.replace(spaces, '');
  if (blankMarks.has(compact)) return { type: 'blank' };
  const match = number.exec(compact.includes(',') ? compact.replace(thousands, '$1') : compact);
  if (!match) return { type: 'unreadable' };
  const [, sign = '', digits = '', unit] = match;
  const isMoney = unit === '元' || unit === '万元';
  if (isMoney !== (kind === 'amount') && unit !== undefined) return { type: 'unreadable' };
  const magnitude = unit === '元' ? shiftDecimal(digits, 4) : Number(digits);
  return { type: 'number', value: sign === '-' && magnitude !== 0 ? -magnitude : magnitude };
}
