import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../db/repository.js';
import { findingCounts } from './finding-counts.js';

const stored = (id: string, version: number, report: unknown) =>
  ({ id, version, report }) as unknown as StoredReport;

describe('findingCounts', () => {
  it('checks a new version again, and remembers one it has seen', () => {
    const first = findingCounts(stored('r', 1, {}), { previous: undefined, pack: {} });
    expect(first.errors + first.warnings).toBeGreaterThan(0);
    // Same id and version: the stored content cannot have changed, so the counts are reused.
    expect(findingCounts(stored('r', 1, { year: 1 }), { previous: undefined, pack: {} })).toBe(
      first,
    );
    expect(findingCounts(stored('r', 2, {}), { previous: undefined, pack: {} })).not.toBe(first);
  });
});
