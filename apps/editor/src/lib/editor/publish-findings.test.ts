import { emptyReport, template2021, type Report } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { findingsOnPublishing, todayInChina } from './publish-findings';

const report: Report = emptyReport(template2021, {
  year: 2023,
  agency: { name: '江南市人民政府', level: 'city' },
});

describe('findingsOnPublishing', () => {
  it('warns when the chosen date is after the statutory deadline', () => {
    const late = findingsOnPublishing(report, { publishedOn: '2024-05-06' });
    expect(late).toHaveLength(1);
    expect(late[0]?.cells).toEqual(['publishedOn']);
    expect(late[0]?.message).toContain('2024-05-06');
  });

  it('adds nothing for a date within the deadline, whatever the report held before', () => {
    const stored = { ...report, publishedOn: '2030-01-01' };
    expect(findingsOnPublishing(stored, { publishedOn: '2024-03-01' })).toEqual([]);
  });
});

describe('todayInChina', () => {
  it('gives the date in Beijing, which is ahead of UTC in the evening', () => {
    expect(todayInChina(new Date('2024-03-31T17:00:00Z'))).toBe('2024-04-01');
  });
});
