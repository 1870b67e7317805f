import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty-report.js';
import { template2021 } from '../template/templates.js';
import { validate } from '../validate/validate.js';
import { statutoryDeadline } from './statutory-deadline.js';

describe('statutoryDeadline', () => {
  it('gives a government at county level or above until 31 March', () => {
    expect(statutoryDeadline({ name: '平湖市人民政府', level: 'county' }, 2022)).toBe('2023-03-31');
    expect(statutoryDeadline({ name: '浙江省人民政府', level: 'province' }, 2021)).toBe(
      '2022-03-31',
    );
  });

  it('gives every other body until 31 January, departments of a city included', () => {
    expect(statutoryDeadline({ name: '平湖市教育局', level: 'city' }, 2022)).toBe('2023-01-31');
    expect(statutoryDeadline({ name: '独山港镇人民政府', level: 'township' }, 2022)).toBe(
      '2023-01-31',
    );
    expect(statutoryDeadline({ name: '某办公室' }, 2022)).toBe('2023-01-31');
  });

  it('agrees with publication.late: a city department publishing in March is late', () => {
    const report = emptyReport(template2021, {
      year: 2022,
      agency: { name: '平湖市教育局', level: 'city' },
    });
    const late = validate({ ...report, publishedOn: '2023-03-01' }).filter((f) =>
      f.cells.includes('publishedOn'),
    );
    expect(late.map((f) => f.message)).toEqual([
      '报告于 2023-03-01 发布，晚于 2023-01-31 的法定期限',
    ]);
    const government = { ...report, agency: { name: '平湖市人民政府', level: 'city' as const } };
    expect(
      validate({ ...government, publishedOn: '2023-03-01' }).some((f) =>
        f.cells.includes('publishedOn'),
      ),
    ).toBe(false);
  });

  it('is undefined for a year no format covers', () => {
    expect(statutoryDeadline({ name: '某局' }, 1990)).toBeUndefined();
  });
});
