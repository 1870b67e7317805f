import type { Finding } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { currentFinding, findingKey, findingMarks } from './finding-marks';

const sum: Finding = {
  rule: 'requests.total',
  severity: 'error',
  cells: ['a.total', 'a.one', 'a.two'],
  suspects: ['a.two'],
  message: '合计不符',
};
const other: Finding = {
  rule: 'b.check',
  severity: 'warning',
  cells: ['a.one', 'b.one'],
  message: '请核对',
};

describe('currentFinding', () => {
  it('takes the finding chosen in the panel while it stands and names the current cell', () => {
    expect(currentFinding([sum, other], { chosen: findingKey(other), cell: 'a.one' })).toBe(other);
    expect(currentFinding([sum, other], { chosen: findingKey(other) })).toBe(other);
    expect(currentFinding([sum, other], { chosen: findingKey(other), cell: 'a.two' })).toBe(sum);
  });

  it('falls back to the first finding naming the current cell, then to the first', () => {
    expect(currentFinding([sum, other], { chosen: 'gone', cell: 'b.one' })).toBe(other);
    expect(currentFinding([sum, other], { cell: 'elsewhere' })).toBe(sum);
    expect(currentFinding([], {})).toBeUndefined();
  });
});

describe('findingMarks', () => {
  it('marks the suspects apart from the other cells the finding names', () => {
    expect([...findingMarks(sum)]).toEqual([
      ['a.total', 'named'],
      ['a.one', 'named'],
      ['a.two', 'suspect'],
    ]);
  });

  it('marks nothing for an accepted warning or no finding', () => {
    expect(findingMarks({ ...other, accepted: true }).size).toBe(0);
    expect(findingMarks(undefined).size).toBe(0);
  });
});
