import type { CellKind } from '@nianbao/schema';

export type Parsed =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const fullWidth = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;
const toHalfWidth = (char: string): string => String.fromCharCode(char.charCodeAt(0) - 0xfee0);
// Thousands separators as typed or pasted: 1,234 · 1，234 · 1 234 · 1'234
const separators = /[,，\s\u3000\u00A0']/g;

/** Text as a person types or pastes it, with full-width digits and separators made plain. */
export function plainDigits(text: string): string {
  return text
    .replace(fullWidth, toHalfWidth)
    .replace(/[。]/g, '.')
    .replace(separators, '')
    .replace(/^[−–—]/, '-');
}

/**
 * Reads a number typed or pasted into a cell of the given kind. Empty means 0. Full-width
 * digits (１２), thousands separators (1,234 or 1，234) and spaces are accepted.
 * @example parseCellText('１，２３４', 'count') // { ok: true, value: 1234 }
 */
export function parseCellText(text: string, kind: CellKind): Parsed {
  const plain = plainDigits(text);
  if (plain === '') return { ok: true, value: 0 };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return { ok: false, message: '请输入数字' };
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) return { ok: false, message: '数字太大' };
  if (kind === 'amount') {
    if (value < 0) return { ok: false, message: '金额不能为负数' };
    const decimals = plain.split('.')[1]?.replace(/0+$/, '').length ?? 0;
    if (decimals > 4) return { ok: false, message: '金额最多保留 4 位小数（单位：万元）' };
    return { ok: true, value };
  }
  if (!Number.isInteger(value)) return { ok: false, message: '应为整数' };
  if (kind === 'count' && value < 0) return { ok: false, message: '不能为负数' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A cell's number as shown in its input. */
export const formatCellValue = (value: number | undefined): string =>
  value === undefined ? '' : String(value);
