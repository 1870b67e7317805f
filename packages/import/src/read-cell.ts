import {
  cellKindRules,
  checkCellValue,
  parseCellEntry,
  plainDigits,
  type CellKind,
} from '@nianbao/schema';

export type CellReading =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'blank' }
  | { readonly type: 'unreadable' };

const blank: CellReading = { type: 'blank' };
const unreadable: CellReading = { type: 'unreadable' };
// How published tables mark an empty cell (/ - — —— – ─ \), as `plainDigits` makes them
// (a leading dash becomes -); typed into the editor, these are not numbers.
const blankMarks = new Set(['', '/', '-', '--', '-—', '─', '\\']);
// Most cells are digits (ASCII or full-width), grouped or not, maybe signed or with a unit: read
// them without the general reading (same result, far faster); anything else takes that reading.
const plainNumber = /^([+-]?)(\d{1,3}(?:,\d{3}){1,3}|\d{1,12})(\.\d{1,6})?([^\d\s.,]{1,2})?$/;
const anyDigit = /[0-9\uFF10-\uFF19]/;
const fullWidthDigits = /[\uFF0C\uFF0E\uFF10-\uFF19]/g;
const halfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);

// Plain ASCII digits need neither widths nor separators undone.
const digitsOnly = /^\d{1,12}$/;

function readPlain(text: string, kind: CellKind): CellReading | undefined {
  if (digitsOnly.test(text)) {
    const value = Number(text);
    return checkCellValue(kind, value) === undefined ? { type: 'number', value } : undefined;
  }
  const match = plainNumber.exec(text.replace(fullWidthDigits, halfWidth));
  if (!match) return undefined;
  const [, sign = '', grouped = '', fraction = '', unit = ''] = match;
  if (unit !== '' && cellKindRules[kind].writtenUnits[unit] !== 0) return undefined;
  const value = Number(sign + grouped.replaceAll(',', '') + fraction);
  if (checkCellValue(kind, value) !== undefined) return undefined;
  return { type: 'number', value: value === 0 ? 0 : value };
}

/**
 * Reads a table cell as published, by the schema's one reading of entries (`parseCellEntry`:
 * separators, full-width digits, the units of its kind, 元 converted to 万元); blank, “/”, “-”,
 * “—” are blanks.
 * @example readCell('251000元', 'amount') // { type: 'number', value: 25.1 }
 */
export function readCell(text: string | undefined, kind: CellKind): CellReading {
  if (text === undefined) return blank;
  const plain = readPlain(text, kind);
  if (plain) return plain;
  // A blank mark has no digit: only then is the text made plain to look for one.
  if (!anyDigit.test(text) && blankMarks.has(plainDigits(text))) return blank;
  const parsed = parseCellEntry(kind, text);
  return parsed.ok ? { type: 'number', value: parsed.value } : unreadable;
}
