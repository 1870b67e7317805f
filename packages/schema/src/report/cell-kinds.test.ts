import { describe, expect, it } from 'vitest';
import { cellKindRules, checkCellValue, hasAtMostDecimals, isCellValue } from './cell-kinds.js';

describe('cellKindRules', () => {
  it('has a message for every rule a kind has', () => {
    for (const rule of Object.values(cellKindRules)) {
      if (rule.isInteger) expect(rule.messages.notInteger).toBeTruthy();
      else expect(rule.messages.tooManyDecimals).toBeTruthy();
      if (rule.minimum !== undefined) expect(rule.messages.belowMinimum).toBeTruthy();
    }
  });

  it('stores amounts in 万元 with six decimals, as the product contract §1 says', () => {
    expect(cellKindRules.amount).toMatchObject({ unit: '万元', maxDecimals: 6, minimum: 0 });
  });
});

describe('hasAtMostDecimals', () => {
  it.each([
    [5949.088667, 6, true],
    [1.1234567, 6, false],
    [0.000001, 6, true],
    [1e-7, 6, false],
    [12, 0, true],
    [1.5, 0, false],
  ])('says whether %d has at most %i decimals: %s', (value, places, expected) => {
    expect(hasAtMostDecimals(value, places)).toBe(expected);
  });
});

describe('checkCellValue', () => {
  it.each([
    ['count', 3, undefined],
    ['count', -1, '不能为负数'],
    ['count', 1.5, '应为整数'],
    ['count', 2 ** 53, '数字太大'],
    ['count', Number.NaN, '请输入数字'],
    ['signedCount', -4, undefined],
    ['signedCount', 0.5, '应为整数'],
    ['amount', 5949.088667, undefined],
    ['amount', -0.5, '金额不能为负数'],
    ['amount', 1.1234567, '金额最多保留 6 位小数（单位：万元）'],
    ['amount', Number.POSITIVE_INFINITY, '请输入数字'],
  ] as const)('checks %s %d: %s', (kind, value, message) => {
    expect(checkCellValue(kind, value)).toBe(message);
    expect(isCellValue(kind, value)).toBe(message === undefined);
  });
});
