import type { CellKind } from '../template/types.js';
import { cellKindRules, checkCellValue, entryMessages } from './cell-kinds.js';

/** A cell entry read: its number, or why it is not one, in Chinese. */
export type ParsedEntry =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const fullWidth = /[\uFF01-\uFF5E]/g;
const toHalfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);
const spaces = /[\s\u3000\u00A0\u200B]/g;
// Sign, digits grouped by , or ' in threes (1,234 · 1234,567), decimals, then a written unit.
const numberWithUnit = /^([+-]?)(\d+(?:[,']\d{3})*|(?=\.\d))(?:\.(\d*))?(.*)$/;
const largest = 1e12;

/** Text as a person types or pastes it: full-width ASCII, 。 and minus signs made plain, spaces gone. */
export function plainDigits(text: string): string {
  return text
    .replace(fullWidth, toHalfWidth)
    .replace(/[。]/g, '.')
    .replace(spaces, '')
    .replace(/^[−–—‐]/, '-');
}

/** Moves the decimal point of `whole.fraction` `places` to the left, exactly (no float error). */
function shiftDecimal(whole: string, fraction: string, places: number): string {
  if (places === 0) return fraction ? `${whole}.${fraction}` : whole;
  const padded = whole.padStart(places + 1, '0');
  const cut = padded.length - places;
  return `${padded.slice(0, cut)}.${padded.slice(cut)}${fraction}`;
}

/**
 * Reads a number typed, pasted or imported into a cell of a kind, by the kind's rules
 * (`cellKindRules`): the one reading of entries. Empty means 0. Full-width digits (１２),
 * thousands separators (1,234 · 1，234 · 1 234), spaces and a unit the kind may be written in
 * (56件; 2.02万元; 251000元, converted exactly to 25.1 万元) are accepted; trailing zeros after
 * the decimal point do not count as decimals. Anything else is not a number.
 * @example parseCellEntry('count', '１，２３４件') // { ok: true, value: 1234 }
 */
export function parseCellEntry(kind: CellKind, text: string): ParsedEntry {
  const plain = plainDigits(text);
  if (plain === '') return { ok: true, value: 0 };
  const match = numberWithUnit.exec(plain);
  const { writtenUnits } = cellKindRules[kind];
  const [, sign = '', grouped = '', fraction = '', unit = ''] = match ?? [];
  if (!match || (unit !== '' && !Object.hasOwn(writtenUnits, unit)))
    return { ok: false, message: entryMessages.notNumber };
  const digits = shiftDecimal(grouped.replace(/[,']/g, ''), fraction, writtenUnits[unit] ?? 0);
  const value = Number(`${sign}${digits}`);
  if (!Number.isFinite(value) || Math.abs(value) > largest)
    return { ok: false, message: entryMessages.tooLarge };
  // The number is checked, not the digits typed: 1.50000 has one decimal, as stored.
  const message = checkCellValue(kind, value);
  if (message !== undefined) return { ok: false, message };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A cell's number as shown in an input or printed: as stored, decimals as entered; '' for none. */
export const formatCellValue = (value: number | undefined): string =>
  value === undefined ? '' : String(value);
