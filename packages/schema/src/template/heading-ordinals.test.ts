import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  numeralValue,
  readOrdinal,
  sectionOrdinal,
  subheadOrdinal,
} from './heading-ordinals.js';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [6, '六'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [37, '三十七'],
    [99, '九十九'],
  ])('writes %i as %s, and reads it back', (value, numeral) => {
    expect(chineseNumeral(value)).toBe(numeral);
    expect(numeralValue(numeral)).toBe(value);
  });

  it('refuses values outside 1–99', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });

  it.each(['', '十十', '一十', '二二', '十二十', '零'])('reads %j as no numeral', (text) => {
    expect(numeralValue(text)).toBeUndefined();
  });
});

describe('sectionOrdinal and subheadOrdinal', () => {
  it('print the ordinals of the official headings', () => {
    expect(sectionOrdinal(6)).toBe('六、');
    expect(subheadOrdinal(7)).toBe('（七）');
  });
});

describe('readOrdinal', () => {
  it.each([
    ['一、总体情况', { level: 'section', value: 1, text: '一、', numeral: '一' }],
    ['十二、其他', { level: 'section', value: 12, text: '十二、', numeral: '十二' }],
    ['（七）总计', { level: 'subhead', value: 7, text: '（七）', numeral: '七' }],
    ['(二) 部分公开', { level: 'subhead', value: 2, text: '(二)', numeral: '二' }],
    ['3.其他', { level: 'item', value: 3, text: '3', numeral: '3' }],
  ])('reads the ordinal of %s', (text, ordinal) => {
    expect(readOrdinal(text)).toEqual(ordinal);
  });

  it.each(['规章', '一是加强', '十十、其他', '2024年', '（一'])('finds none in %s', (text) => {
    expect(readOrdinal(text)).toBeUndefined();
  });

  it('reads back every ordinal it prints', () => {
    for (let value = 1; value <= 99; value++) {
      expect(readOrdinal(`${sectionOrdinal(value)}标题`)?.value).toBe(value);
      expect(readOrdinal(`${subheadOrdinal(value)}标题`)?.value).toBe(value);
    }
  });
});
