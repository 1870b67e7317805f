import fc from 'fast-check';
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

describe('parseCellEntry: written units and separators', () => {
  it.each([
    ['2件', 'count', 2],
    [' 56 件', 'count', 56],
    ['2,345,678件', 'count', 2345678],
    ['１２，３４５件次', 'count', 12345],
    ['1234,567', 'count', 1234567],
    ["1'234", 'count', 1234],
    ['−1,200', 'signedCount', -1200],
    ['+7', 'signedCount', 7],
    ['2.02万元', 'amount', 2.02],
    ['251000元', 'amount', 25.1],
    ['5元', 'amount', 0.0005],
    ['75,394,432.52元', 'amount', 7539.443252],
    ['.5', 'amount', 0.5],
    ['1.', 'amount', 1],
  ] as const)('reads %j as a %s of %d', (text, kind, value) => {
    expect(parseCellEntry(kind, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['五', 'count'],
    ['2 件 3', 'count'],
    ['/', 'count'],
    ['-', 'count'],
    ['12元', 'count'],
    ['5件', 'amount'],
    ['约10', 'count'],
    ['1.2.3', 'count'],
    ['1,2345', 'count'],
    [',123', 'count'],
    ['3,4', 'count'],
    ['5件件', 'count'],
    ['0.00001元', 'amount'],
  ] as const)('refuses %j as a %s', (text, kind) => {
    expect(parseCellEntry(kind, text).ok).toBe(false);
  });

  const amountText = fc
    .tuple(fc.nat({ max: 99_999_999 }), fc.nat({ max: 999_999 }))
    .map(([whole, micro]) => ({
      whole,
      micro,
      value: Number(`${whole}.${String(micro).padStart(6, '0')}`),
    }));
  const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');
  const wide = (text: string): string =>
    text.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('reads every accepted form of an amount as that amount', () => {
    fc.assert(
      fc.property(
        amountText,
        fc.boolean(),
        fc.boolean(),
        ({ whole, micro, value }, group, full) => {
          const fraction = String(micro).padStart(6, '0');
          const wholeText = group ? grouped(String(whole)) : String(whole);
          const yuan = `${whole}${fraction.slice(0, 4)}.${fraction.slice(4)}`;
          const forms = [`${wholeText}.${fraction}`, `${wholeText}.${fraction}万元`, ` ${yuan}元 `];
          for (const form of forms)
            expect(parseCellEntry('amount', full ? wide(form) : form)).toEqual({ ok: true, value });
        },
      ),
    );
  });

  it('reads every accepted form of a count as that count', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('', '件', ' 件', '件次'), (count, unit) => {
        for (const digits of [String(count), grouped(String(count)), wide(grouped(String(count)))])
          expect(parseCellEntry('count', `${digits}${unit}`)).toEqual({ ok: true, value: count });
      }),
    );
  });
});

describe('plainDigits', () => {
  it('turns full-width characters into plain ASCII and drops spaces', () => {
    expect(plainDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(plainDigits('1，000 000')).toBe('1,000000');
    expect(plainDigits('—3。5 件')).toBe('-3.5件');
  });
});

describe('formatCellValue', () => {
  it('shows a value as stored and nothing for no value', () => {
    expect(formatCellValue(18.6198)).toBe('18.6198');
    expect(formatCellValue(0)).toBe('0');
    expect(formatCellValue(undefined)).toBe('');
  });
});
