import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { computeTotals } from '../report/compute-totals.js';
import type { Report } from '../report/report.js';
import { validate } from './validate.js';

const thisYear = loadFixture('2022-jiangnan-city.json');
const withEntries = (invalidEntries: Record<string, string>): unknown => ({
  ...structuredClone(thisYear),
  invalidEntries,
});

describe('rule entry.invalid', () => {
  it('reports an entry kept as typed as an error naming its cell', () => {
    const findings = validate(withEntries({ 'requests.received.natural': '五' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'entry.invalid',
      severity: 'error',
      cells: ['requests.received.natural'],
    });
    expect(findings[0]?.message).toBe(
      '“五”不是数字：一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人，改正前不能提交',
    );
  });

  it('says which rule a number breaks when the entry is a number of the wrong kind', () => {
    const [finding] = validate(withEntries({ 'requests.received.natural': '1.5' }));
    expect(finding?.message).toMatch(/^“1\.5”不能填入（应为整数）/);
  });

  it('counts the cell for no rule: a stored value that disagrees with its total is not reported', () => {
    const report = withEntries({ 'requests.received.natural': '2 件 3' }) as Record<string, any>;
    report.requests.received.natural += 1000;
    expect(validate(report).map((f) => f.rule)).toEqual(['entry.invalid']);
  });

  it('counts no total over the cell either: a total that disagrees with its parts is not reported', () => {
    const report = withEntries({ 'requests.received.natural': '五' }) as Record<string, any>;
    report.requests.received.natural = 0;
    // Totals recomputed over the 0: 一、本年新收 no longer balances 三 + 四 unless it is skipped.
    const computed = computeTotals(report as Report);
    expect(validate({ ...computed, invalidEntries: undefined }).map((f) => f.rule)).toContain(
      'requests.balance',
    );
    expect(validate(computed).map((f) => f.rule)).toEqual(['entry.invalid']);
  });

  it('finds nothing when the field is absent or empty', () => {
    expect(validate(thisYear)).toEqual([]);
    expect(validate(withEntries({}))).toEqual([]);
  });

  it('leaves an entry for a cell the format does not have to the schema rule', () => {
    const findings = validate(withEntries({ 'requests.nowhere.natural': '五' }));
    expect(findings.map((f) => f.rule)).toEqual(['schema']);
    expect(findings[0]?.cells).toEqual(['invalidEntries.requests.nowhere.natural']);
  });
});
