import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Agency, StoredReport } from '../db/repository.js';
import { problemCandidates } from './problem-candidates.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/${name}`)), 'utf8'),
  ) as Record<string, unknown>;

const agency = (id: string): Agency => ({
  id,
  name: id,
  parentId: 'office',
  level: 'city',
  createdAt: '2022-01-01T00:00:00Z',
});

const stored = (agencyId: string, report: unknown): StoredReport => ({
  id: `${agencyId}-report`,
  agencyId,
  year: 2021,
  status: 'published',
  version: 1,
  correctsId: null,
  createdAt: '2022-01-01T00:00:00Z',
  updatedAt: '2022-01-01T00:00:00Z',
  updatedBy: null,
  milestones: 0,
  correctedById: null,
  correctionReason: null,
  report,
});

const candidatesOf = (reports: StoredReport[]) =>
  problemCandidates({
    units: [agency('on-time'), agency('late'), agency('missing')],
    reports,
    year: 2021,
    today: '2022-12-01',
    packOf: () => ({ rules: {} }),
  });

describe('problem candidates', () => {
  const clean = fixture('2021-jiangnan-city.json');

  it('lists a late report, a missing one, and nothing for a clean report published in time', () => {
    const candidates = candidatesOf([
      stored('on-time', { ...clean, publishedOn: '2022-01-20' }),
      stored('late', { ...clean, publishedOn: '2022-06-30' }),
    ]);
    expect(candidates.map((c) => [c.agencyId, c.fingerprint])).toEqual([
      ['late', 'late'],
      ['missing', 'missing'],
    ]);
    expect(candidates[0]?.text).toContain('逾期发布');
    expect(candidates[0]?.text).toContain('2022-06-30');
    expect(candidates[1]).toMatchObject({ reportId: null, text: '未报送2021年度报告' });
  });

  it('lists each error of the standing report with its rule and cells as the fingerprint', () => {
    const requests = clean.requests as Record<string, Record<string, unknown>>;
    const broken = {
      ...clean,
      publishedOn: '2022-01-20',
      requests: { ...requests, received: { ...requests.received, natural: 999_999 } },
    };
    const candidates = candidatesOf([stored('on-time', broken), stored('late', clean)]);
    const findings = candidates.filter((c) => c.source.kind === 'finding');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.agencyId).toBe('on-time');
      expect(finding.reportId).toBe('on-time-report');
      if (finding.source.kind === 'finding')
        expect(finding.fingerprint).toBe(
          `${finding.source.rule}:${[...finding.source.cells].sort().join(',')}`,
        );
    }
  });
});
