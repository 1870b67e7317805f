import { describe, expect, it } from 'vitest';
import { changedPaths, diffReports } from './diff-reports.js';

describe('diffReports', () => {
  it('names each changed leaf by its dot path', () => {
    const before = { requests: { received: { natural: 1, total: 1 } }, year: 2022 };
    const after = { requests: { received: { natural: 2, total: 2 } }, year: 2022 };
    expect(diffReports(before, after)).toEqual([
      { path: 'requests.received.natural', before: 1, after: 2 },
      { path: 'requests.received.total', before: 1, after: 2 },
    ]);
  });

  it('reports added and removed fields', () => {
    expect(changedPaths({ a: 1 }, { b: 2 })).toEqual(['b', 'a']);
  });

  it('finds nothing between equal values', () => {
    expect(diffReports({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } })).toEqual([]);
  });
});

describe('diffReports on nested removals', () => {
  it('reports a removed subtree once, by its own path', () => {
    expect(diffReports({ a: { b: 1 }, c: 2 }, { c: 2 })).toEqual([
      { path: 'a', before: { b: 1 }, after: undefined },
    ]);
  });

  it('treats a whole new subtree as one change', () => {
    expect(changedPaths({}, { narrative: { other: '无。' } })).toEqual(['narrative']);
  });
});
