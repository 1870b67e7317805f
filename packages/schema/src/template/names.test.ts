import { describe, expect, it } from 'vitest';
import { ordinalOf } from './names.js';

describe('ordinalOf', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', '一'],
    ['（七）总计', '（七）'],
    ['3.其他', '3'],
    ['十二、其他', '十二'],
    ['规章', ''],
  ])('reads the ordinal of %s', (label, ordinal) => {
    expect(ordinalOf(label)).toBe(ordinal);
  });
});
