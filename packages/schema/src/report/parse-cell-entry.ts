import type { CellKind } from '../template/types.js';
import { checkCellValue, entryMessages } from './cell-kinds.js';

/** A cell entry read: its number, or why it is not one, in Chinese. */
export type ParsedEntry =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;
const toHalfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);
// Thousands separators as typed or pasted: 1,234 · 1，234 · 1 234 · 1'234
const separators = /[,，\s\u3000\u00A0']/g;
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const largest = 1e12;

/** Text as a person types or pastes it, with full-width digits, 。 and separators made plain. */
export function plainDigits(text: string): string {
  return text
    .replace(fullWidth, toHalfWidth)
    .replace(/[。]/g, '.')
    .replace(separators, '')
    .replace(/^[−–—]/, '-');
}

/**
 * Reads a number typed or pasted into a cell of a kind, by the kind's rules (`cellKindRules`).
 * Empty means 0. Full-width digits (１２), thousands separators (1,234 or 1，234) and spaces are
 * accepted; trailing zeros after the decimal point do not count as decimals.
 * @example parseCellEntry('count', '１，２３４') // { ok: true, value: 1234 }
 */
export function parseCellEntry(kind: CellKind, text: string): ParsedEntry {
  const plain = plainDigits(text);
  if (plain === '') return { ok: true, value: 0 };
  if (!plainNumber.test(plain)) return { ok: false, message: entryMessages.notNumber };
  const value = Number(plain);
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
