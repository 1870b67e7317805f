import { describe, expect, it } from 'vitest';
import { countsLine, lastRectification, unitsWithItems } from './office-view';
import type { ProblemItem, ProblemLists } from './problems-api';

const step = (
  number: number,
  action: ProblemItem['steps'][number]['action'],
  note: string | null,
) => ({
  number,
  action,
  status: 'open' as const,
  userId: null,
  userName: null,
  note,
  reportId: null,
  at: '2026-01-05T00:00:00Z',
});

describe('office view of the 问题清单', () => {
  it('keeps the units that have items and counts the others', () => {
    const row = (items: number) => ({ items: Array.from({ length: items }) });
    const lists = { rows: [row(0), row(2), row(0)] } as unknown as ProblemLists;
    const { rows, clean } = unitsWithItems(lists);
    expect(rows).toHaveLength(1);
    expect(clean).toBe(2);
  });

  it('reads the counts as one line', () => {
    expect(countsLine({ open: 3, rectified: 1, verified: 0 })).toBe(
      '待整改 3 · 已整改待复核 1 · 复核通过 0',
    );
  });

  it('finds the latest 整改 note after a 复核不通过', () => {
    const item = {
      steps: [
        step(1, 'generate', null),
        step(2, 'rectify', '一'),
        step(3, 'reopen', '否'),
        step(4, 'rectify', '二'),
      ],
    } as unknown as ProblemItem;
    expect(lastRectification(item)?.note).toBe('二');
  });
});
