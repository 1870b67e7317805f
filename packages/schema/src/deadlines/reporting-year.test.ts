import { describe, expect, it } from 'vitest';
import { daysUntil, reportingYear } from './reporting-year.js';

describe('reportingYear', () => {
  it('is the year about to end from November, the year before until October', () => {
    expect(reportingYear('2026-11-01')).toBe(2026);
    expect(reportingYear('2026-12-31')).toBe(2026);
    expect(reportingYear('2027-01-15')).toBe(2026);
    expect(reportingYear('2027-03-31')).toBe(2026);
    expect(reportingYear('2027-10-31')).toBe(2026);
  });
});

describe('daysUntil', () => {
  it('counts whole days, 0 on the day and negative once past', () => {
    expect(daysUntil('2027-01-01', '2027-01-31')).toBe(30);
    expect(daysUntil('2027-01-31', '2027-01-31')).toBe(0);
    expect(daysUntil('2027-02-02', '2027-01-31')).toBe(-2);
    expect(daysUntil('2027-03-01', '2027-03-31')).toBe(30);
  });
});
