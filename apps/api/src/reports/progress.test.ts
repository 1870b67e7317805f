import { describe, expect, it } from 'vitest';
import type { Agency, StoredReport } from '../db/repository.js';
import type { OverviewRow } from './overview.js';
import { selectRows, withDeadlines } from './progress.js';

const agency = (name: string, level: string | null = null): Agency => ({
  id: name,
  name,
  parentId: null,
  level,
  createdAt: '',
});
const row = (name: string, status?: string, publishedOn?: string, errors = 0): OverviewRow => ({
  agency: agency(name),
  report:
    status === undefined
      ? undefined
      : ({ status, report: publishedOn ? { publishedOn } : {} } as unknown as StoredReport),
  errors,
  warnings: 0,
});

describe('withDeadlines', () => {
  const rows = [
    row('甲局'),
    row('乙局', 'draft'),
    row('丙局', 'published', '2023-02-03'),
    row('丁局', 'published', '2023-01-20'),
  ];

  it('counts days left to 31 January before it, and marks nothing overdue yet', () => {
    const before = withDeadlines(rows, { year: 2022, today: '2023-01-21' });
    expect(before.map((r) => r.daysLeft)).toEqual([10, 10, null, null]);
    expect(before.map((r) => r.overdue)).toEqual([false, false, true, false]);
  });

  it('marks unpublished reports overdue the day after the deadline', () => {
    const after = withDeadlines(rows, { year: 2022, today: '2023-02-01' });
    expect(after.map((r) => r.daysLeft)).toEqual([-1, -1, null, null]);
    expect(after.map((r) => r.overdue)).toEqual([true, true, true, false]);
  });

  it('uses a local deadline when it is earlier than the statutory one, never when later', () => {
    const packOf = (id: string) => ({ rules: {}, deadline: id === '丁局' ? '01-15' : '02-20' });
    const local = withDeadlines(rows, { year: 2022, today: '2023-01-16', packOf });
    expect(local.map((r) => r.deadline)).toEqual([
      '2023-01-31',
      '2023-01-31',
      '2023-01-31',
      '2023-01-15',
    ]);
    expect(local.map((r) => r.overdue)).toEqual([false, false, true, true]);
  });
});

describe('selectRows', () => {
  const rows = withDeadlines(
    [
      row('甲局', 'published'),
      row('乙局', 'submitted', undefined, 2),
      row('丙局'),
      row('丁局', 'submitted'),
    ],
    { year: 2022, today: '2023-01-01' },
  );
  const names = (selected: { rows: { agency: Agency }[] }) =>
    selected.rows.map((r) => r.agency.name);
  const query = { sort: 'tree', page: 1, pageSize: 100 } as const;

  it('puts 待审核 first, keeping tree order among equals', () => {
    expect(names(selectRows(rows, { ...query, sort: 'status' }))).toEqual([
      '乙局',
      '丁局',
      '丙局',
      '甲局',
    ]);
  });

  it('puts 逾期 first, keeping tree order among equals', () => {
    const late = withDeadlines([row('甲局', 'published'), row('乙局')], {
      year: 2022,
      today: '2023-06-01',
    });
    expect(names(selectRows(late, { ...query, sort: 'overdue' }))).toEqual(['乙局', '甲局']);
  });

  it('filters by status and errors, and reports the total before paging', () => {
    expect(selectRows(rows, { ...query, status: 'submitted', pageSize: 1 })).toMatchObject({
      total: 2,
    });
    expect(names(selectRows(rows, { ...query, withErrors: true }))).toEqual(['乙局']);
    expect(names(selectRows(rows, { ...query, status: 'missing' }))).toEqual(['丙局']);
  });
});
