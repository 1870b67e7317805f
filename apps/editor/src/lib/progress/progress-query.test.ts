import { describe, expect, it } from 'vitest';
import { daysLeftText, overviewQuery, pageCount, withQuery } from './progress-query';

describe('the 填报进度 query', () => {
  it('asks the API for the known keys only, 50 rows a page', () => {
    const params = new URLSearchParams('year=2025&overdue=true&evil=1&page=3');
    expect(overviewQuery(params)).toEqual({
      pageSize: '50',
      year: '2025',
      overdue: 'true',
      page: '3',
    });
  });

  it('starts again at page 1 when a filter or the order changes', () => {
    const params = new URLSearchParams('year=2025&page=4&status=draft');
    expect(withQuery(params, { sort: 'name' })).toBe('year=2025&status=draft&sort=name');
    expect(withQuery(params, { status: null })).toBe('year=2025');
    expect(withQuery(params, { page: '5' })).toBe('year=2025&status=draft&page=5');
  });

  it('counts pages, one at least', () => {
    expect([0, 1, 50, 51, 2000].map(pageCount)).toEqual([1, 1, 1, 2, 40]);
  });

  it('says the days left, the day itself, or how late', () => {
    expect([12, 0, -3, null].map(daysLeftText)).toEqual(['剩 12 天', '今天到期', '逾期 3 天', '']);
  });
});
