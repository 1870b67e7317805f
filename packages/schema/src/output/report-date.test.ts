import { describe, expect, it } from 'vitest';
import { reportDate } from './report-date.js';

describe('reportDate', () => {
  it('is the publication date at midnight UTC', () => {
    expect(reportDate({ year: 2021, publishedOn: '2022-01-20' })).toEqual(
      new Date('2022-01-20T00:00:00Z'),
    );
  });

  it('is 1 January after the year when the report has no valid publication date', () => {
    expect(reportDate({ year: 2021 })).toEqual(new Date('2022-01-01T00:00:00Z'));
    expect(reportDate({ year: 2021, publishedOn: '2022-13-45' })).toEqual(
      new Date('2022-01-01T00:00:00Z'),
    );
  });

  it('is 1 January 2000 for a report with neither', () => {
    expect(reportDate({})).toEqual(new Date('2000-01-01T00:00:00Z'));
  });
});
