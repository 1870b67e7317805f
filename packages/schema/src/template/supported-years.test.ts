import { describe, expect, it } from 'vitest';
import { lastSupportedYear } from './template.js';
import { template2019, template2021 } from './templates.js';
import { isSupportedYear, isYearOf, supportedYears, yearsOf } from './supported-years.js';

describe('yearsOf', () => {
  it('gives each format its years, an open end stopping at the last supported year', () => {
    expect(yearsOf(template2019)).toEqual({ first: 2019, last: 2020 });
    expect(yearsOf(template2021)).toEqual({ first: 2021, last: lastSupportedYear });
  });
});

describe('supportedYears', () => {
  it('spans every format', () => {
    expect(supportedYears).toEqual({ first: 2019, last: 2100 });
  });

  it.each([
    [2019, true],
    [2100, true],
    [2018, false],
    [2101, false],
    [2020.5, false],
    ['2020', false],
  ])('accepts %j as a report year: %s', (year, accepted) => {
    expect(isSupportedYear(year)).toBe(accepted);
  });
});

describe('isYearOf', () => {
  it('accepts only the years of the format', () => {
    expect(isYearOf(template2019, 2020)).toBe(true);
    expect(isYearOf(template2019, 2021)).toBe(false);
    expect(isYearOf(template2021, 2020)).toBe(false);
  });
});
