import { describe, expect, it } from 'vitest';
import { inferAgencyLevel } from './infer-level.js';

describe('inferAgencyLevel', () => {
  it.each([
    ['江苏省人民政府', 'province'],
    ['上海市人民政府', 'province'],
    ['淮安市人民政府', 'city'],
    ['某区人民政府', 'county'],
    ['某县人民政府', 'county'],
    ['独山港镇人民政府', 'township'],
    ['某街道办事处', 'township'],
    ['某市教育局', 'department'],
    ['某市发展和改革委员会', 'department'],
    ['某区人民政府办公室', 'department'],
  ])('reads %s as %s', (name, level) => {
    expect(inferAgencyLevel(name)).toBe(level);
  });

  it('says nothing when the name does not tell', () => {
    expect(inferAgencyLevel('某某')).toBeUndefined();
  });
});
