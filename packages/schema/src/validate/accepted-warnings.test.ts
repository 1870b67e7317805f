import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenFixtures, loadFixture } from '../../test-support/fixtures.js';
import type { Report } from '../report/report.js';
import { structuralFindings, validate } from './validate.js';
import {
  acceptWarning,
  signAcceptances,
  withoutAcceptancesOf,
  withoutStaleAcceptances,
} from './accepted-warnings.js';

const lastYear = loadFixture('2021-jiangnan-city.json');
const who = {
  reason: '本年新增审批事项，已在总体情况中说明',
  by: 'editor',
  at: '2023-01-10T08:00:00Z',
};
const warned = brokenFixtures()
  .map(({ report }) => report as Report)
  .filter((report) =>
    validate(report, { previous: lastYear }).some((f) => f.severity === 'warning'),
  );

/** The report with one named cell changed: a number raised, a date moved, a level or prose changed. */
function change(report: Report, address: string, by: number): Report {
  const copy = structuredClone(report) as unknown as Record<string, any>;
  const path = address.split('.');
  const key = path.pop()!;
  const parent = path.reduce((here, step) => here[step], copy);
  const value: unknown = parent[key];
  if (typeof value === 'number') parent[key] = value + by;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(String(value)))
    parent[key] = `${String(value).slice(0, 8)}${String((by % 28) + 1).padStart(2, '0')}`;
  else if (key === 'level') parent[key] = value === 'county' ? 'township' : 'county';
  else parent[key] = `${String(value)}另${by}。`;
  // A date moved to the same day is no change: move it a month on.
  if (parent[key] === value) parent[key] = String(value).replace(/-(\d{2})-/, '-05-');
  return copy as unknown as Report;
}

describe('accepted warnings', () => {
  it('marks an accepted warning, with its reason, and keeps it listed', () => {
    for (const report of warned) {
      const [finding] = validate(report, { previous: lastYear }).filter(
        (f) => f.severity === 'warning',
      );
      const accepted = acceptWarning(report, finding!, who);
      const after = validate(accepted, { previous: lastYear });
      expect(structuralFindings(accepted)).toEqual([]);
      expect(after.find((f) => f.rule === finding!.rule)).toMatchObject({
        accepted: true,
        reason: who.reason,
      });
    }
  });

  it('brings the warning back when any cell it names changes (server on save, editor on edit)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...warned),
        fc.nat(),
        fc.integer({ min: 1, max: 500 }),
        (report, pick, by) => {
          const warnings = validate(report, { previous: lastYear }).filter(
            (f) => f.severity === 'warning',
          );
          const finding = warnings[pick % warnings.length]!;
          const accepted = acceptWarning(report, finding, who);
          const cell = finding.cells[pick % finding.cells.length]!;
          const edited = change(accepted, cell, by);
          const same = (f: { rule: string }) => f.rule === finding.rule;
          for (const saved of [
            withoutStaleAcceptances(edited, accepted),
            withoutAcceptancesOf(edited, [cell]),
          ]) {
            expect(saved.accepted).toBeUndefined();
            // The edit may also mend what was warned of: whatever is still raised is not accepted.
            const again = validate(saved, { previous: lastYear }).filter(same);
            expect(again.some((f) => f.accepted)).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps an acceptance while its cells stay, and one new in the saved body', () => {
    const report = warned[0]!;
    const [finding] = validate(report, { previous: lastYear }).filter(
      (f) => f.severity === 'warning',
    );
    const accepted = acceptWarning(report, finding!, who);
    expect(withoutStaleAcceptances(accepted, accepted)).toEqual(accepted);
    expect(withoutStaleAcceptances(accepted, report)).toEqual(accepted);
    expect(withoutAcceptancesOf(accepted, ['no.such.cell'])).toEqual(accepted);
  });

  it('writes exactly the five keys of the contract', () => {
    const report = warned[0]!;
    const [finding] = validate(report, { previous: lastYear }).filter(
      (f) => f.severity === 'warning',
    );
    const [entry] = acceptWarning(report, finding!, who).accepted!;
    expect(Object.keys(entry!).sort()).toEqual(['at', 'by', 'cells', 'reason', 'rule']);
    const extra = { ...report, accepted: [{ ...entry!, fingerprint: '0' }] };
    expect(structuralFindings(extra).map((f) => f.rule)).toContain('schema');
  });

  it('refuses to accept an error', () => {
    const report = brokenFixtures().find((f) => f.rule === 'requests.balance')!.report as Report;
    const [error] = validate(report);
    expect(() => acceptWarning(report, error!, who)).toThrow('错误不能接受');
  });

  it('never marks an error accepted, whatever the JSON says', () => {
    const report = brokenFixtures().find((f) => f.rule === 'requests.balance')!.report as Report;
    const [error] = validate(report);
    const forged = {
      ...report,
      accepted: [{ ...who, rule: error!.rule, cells: [...error!.cells] }],
    };
    expect(validate(forged).some((f) => f.accepted)).toBe(false);
  });

  it('lets the server sign who accepted, keeping earlier signatures', () => {
    const report = warned[0]!;
    const [finding] = validate(report, { previous: lastYear }).filter(
      (f) => f.severity === 'warning',
    );
    const accepted = acceptWarning(report, finding!, { ...who, by: 'forged' });
    expect(signAcceptances(accepted, 'alice').accepted?.[0]?.by).toBe('alice');
    const signed = signAcceptances(accepted, 'alice');
    expect(signAcceptances(signed, 'bob', signed).accepted?.[0]?.by).toBe('alice');
  });
});
