import { describe, expect, it } from 'vitest';
import type { Agency } from '../db/repository.js';
import { lazyReport } from '../db/report-store.js';
import { countRows, currentOf, overviewRows, treeOrder } from './overview.js';

const agency = (id: string, name: string, parentId: string | null = null): Agency => ({
  id,
  name,
  parentId,
  level: null,
  createdAt: '',
});

const stored = (id: string, agencyId: string, year: number, status: string, report: unknown) =>
  lazyReport(
    {
      id,
      agencyId,
      year,
      status: status as never,
      version: 1,
      correctsId: null,
      createdAt: '',
      updatedAt: '',
      updatedBy: null,
      milestones: 0,
      correctedById: null,
      correctionReason: null,
    },
    Buffer.from(JSON.stringify(report)),
  );

describe('overview', () => {
  it('orders agencies as a tree, siblings by name, with orphans as roots', () => {
    const agencies = [
      agency('t2', '乙镇', 'c'),
      agency('c', '甲市'),
      agency('t1', '丙镇', 'c'),
      agency('x', '外县', 'gone'),
    ];
    expect(treeOrder(agencies).map((a) => a.name)).toEqual(['甲市', '丙镇', '乙镇', '外县']);
  });

  it('takes the newest published report, else the newest', () => {
    const a = stored('a', 'c', 2023, 'published', {});
    const b = stored('b', 'c', 2023, 'draft', {});
    expect(currentOf([a, b])?.id).toBe('a');
    expect(currentOf([b])?.id).toBe('b');
    expect(currentOf([])).toBeUndefined();
  });

  it("counts a report's findings and the agencies without one", () => {
    const rows = overviewRows({
      agencies: [agency('c', '甲市'), agency('t', '乙镇', 'c')],
      reports: [stored('r', 't', 2023, 'submitted', { not: 'a report' })],
      year: 2023,
    });
    expect(rows.map((row) => [row.agency.id, row.report?.id, row.errors > 0])).toEqual([
      ['c', undefined, false],
      ['t', 'r', true],
    ]);
    expect(countRows(rows)).toMatchObject({ missing: 1, submitted: 1, withErrors: 1 });
  });
});
