import { describe, expect, it } from 'vitest';
import { formatCellValue, parseCellEntry, plainDigits } from './parse-cell-entry.js';

describe('parseCellEntry', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    ['1,234', 1234],
    ['1，234', 1234],
    ['１，２３４', 1234],
    [' 7 ', 7],
    ['　8　', 8],
    ['1 234', 1234],
    ['', 0],
    ['0', 0],
    ['-0', 0],
  ])('reads the count %j as %d', (text, value) => {
    expect(parseCellEntry('count', text)).toEqual({ ok: true, value });
  });

  it('refuses text, fractions and negatives in a count, saying why in Chinese', () => {
    expect(parseCellEntry('count', 'abc')).toEqual({ ok: false, message: '请输入数字' });
    expect(parseCellEntry('count', '1.5')).toEqual({ ok: false, message: '应为整数' });
    expect(parseCellEntry('count', '-3')).toEqual({ ok: false, message: '不能为负数' });
    expect(parseCellEntry('count', '1-2').ok).toBe(false);
    expect(parseCellEntry('count', '2000000000000')).toEqual({ ok: false, message: '数字太大' });
  });

  it('accepts a negative whole number where the cell is a signed count', () => {
    expect(parseCellEntry('signedCount', '－3')).toEqual({ ok: true, value: -3 });
    expect(parseCellEntry('signedCount', '—3')).toEqual({ ok: true, value: -3 });
    expect(parseCellEntry('signedCount', '2.5')).toEqual({ ok: false, message: '应为整数' });
  });

  it('accepts amounts in 万元 with at most six decimals, full-width point included', () => {
    expect(parseCellEntry('amount', '5949.088667')).toEqual({ ok: true, value: 5949.088667 });
    expect(parseCellEntry('amount', '２．０２')).toEqual({ ok: true, value: 2.02 });
    expect(parseCellEntry('amount', '3。5')).toEqual({ ok: true, value: 3.5 });
    expect(parseCellEntry('amount', '1.50000000')).toEqual({ ok: true, value: 1.5 });
    expect(parseCellEntry('amount', '1.2345678')).toEqual({
      ok: false,
      message: '金额最多保留 6 位小数（单位：万元）',
    });
    expect(parseCellEntry('amount', '0.0000001').ok).toBe(false);
    expect(parseCellEntry('amount', '-1')).toEqual({ ok: false, message: '金额不能为负数' });
  });
});

describe('plainDigits', () => {
  it('turns full-width digits and separators into plain ASCII', () => {
    expect(plainDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(plainDigits('1,000,000')).toBe('1000000');
    expect(plainDigits("1'234")).toBe('1234');
  });
});

describe('formatCellValue', () => {
  it('shows a value as stored and nothing for no value', () => {
    expect(formatCellValue(18.6198)).toBe('18.6198');
    expect(formatCellValue(0)).toBe('0');
    expect(formatCellValue(undefined)).toBe('');
  });
});
