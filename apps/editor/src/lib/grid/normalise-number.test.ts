import { describe, expect, it } from 'vitest';
import { parseCellText, plainDigits } from './normalise-number';

describe('parseCellText', () => {
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
  ])('reads the count %j as %d', (text, value) => {
    expect(parseCellText(text, 'count')).toEqual({ ok: true, value });
  });

  it('refuses text, fractions and negatives in a count, saying why in Chinese', () => {
    expect(parseCellText('abc', 'count')).toEqual({ ok: false, message: '请输入数字' });
    expect(parseCellText('1.5', 'count')).toEqual({ ok: false, message: '应为整数' });
    expect(parseCellText('-3', 'count')).toEqual({ ok: false, message: '不能为负数' });
    expect(parseCellText('1-2', 'count').ok).toBe(false);
  });

  it('accepts a negative whole number where the cell is a signed count', () => {
    expect(parseCellText('－3', 'signedCount')).toEqual({ ok: true, value: -3 });
    expect(parseCellText('2.5', 'signedCount').ok).toBe(false);
  });

  it('accepts amounts in 万元 with at most four decimals, full-width point included', () => {
    expect(parseCellText('18.6198', 'amount')).toEqual({ ok: true, value: 18.6198 });
    expect(parseCellText('２．０２', 'amount')).toEqual({ ok: true, value: 2.02 });
    expect(parseCellText('1.50000', 'amount')).toEqual({ ok: true, value: 1.5 });
    expect(parseCellText('1.23456', 'amount').ok).toBe(false);
    expect(parseCellText('-1', 'amount').ok).toBe(false);
  });
});

describe('plainDigits', () => {
  it('turns full-width digits and separators into plain ASCII', () => {
    expect(plainDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(plainDigits('1,000,000')).toBe('1000000');
  });
});
