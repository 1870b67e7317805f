import { parseCellEntry, plainDigits, type CellKind } from '@nianbao/schema';

export type CellReading =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'blank' }
  | { readonly type: 'unreadable' };

const blank: CellReading = { type: 'blank' };
const unreadable: CellReading = { type: 'unreadable' };
// How published tables mark an empty cell (/ - — —— – ─ \), as `plainDigits` makes them
// (a leading dash becomes -); typed into the editor, these are not numbers.
const blankMarks = new Set(['', '/', '-', '--', '-—', '─', '\\']);

/**
 * Reads a table cell as published, by the schema's one reading of entries (`parseCellEntry`:
 * separators, full-width digits, the units of its kind, 元 converted to 万元); blank, “/”, “-”,
 * “—” are blanks.
 * @example readCell('251000元', 'amount') // { type: 'number', value: 25.1 }
 */
export function readCell(text: string | undefined, kind: CellKind): CellReading {
  if (text === undefined) return blank;
  const compact = plainDigits(text);
  if (blankMarks.has(compact)) return blank;
  const parsed = parseCellEntry(kind, text);
  return parsed.ok ? { type: 'number', value: parsed.value } : unreadable;
}
