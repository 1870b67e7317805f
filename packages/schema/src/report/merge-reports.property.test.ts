import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableCells } from '../template/cells.js';
import { proseSectionsOf, tablesOf } from '../template/template.js';
import { templates } from '../template/templates.js';
import { generateReport } from '../testing/generate-report.js';
import { structuralFindings } from '../validate/validate.js';
import { readPath, splitAddress } from './cell-access.js';
import { computeTotals } from './compute-totals.js';
import { mergeReports } from './merge-reports.js';
import type { Report } from './report.js';

type Side = 'mine' | 'theirs' | 'same' | 'apart';
interface Edit {
  readonly unit: number;
  readonly side: Side;
  readonly n: number;
}

describe.each(templates.map((t) => [t.format, t] as const))('mergeReports (%s)', (_f, template) => {
  // Every unit a person edits: input cells and prose sections, by their paths.
  const units = [
    ...tablesOf(template)
      .flatMap(tableCells)
      .filter((cell) => !cell.isTotal)
      .map((cell) => splitAddress(cell.address)),
    ...proseSectionsOf(template).map((section) => ['narrative', section.id] as const),
  ];
  const at = (report: Report, unit: number) => readPath(report, units[unit] ?? []);

  /** A copy of `base` with each edit's unit changed (a cell raised to a whole number, a section extended). */
  function edited(base: Report, edits: readonly Edit[], offset: (e: Edit) => number): Report {
    const report = structuredClone(base);
    for (const edit of edits) {
      const [head = '', key = '', field] = units[edit.unit] ?? [];
      const holder = readPath(report, field === undefined ? [head] : [head, key]) as Record<
        string,
        unknown
      >;
      const name = field ?? key;
      const old = holder[name];
      const change = offset(edit);
      holder[name] =
        typeof old === 'number' ? Math.floor(old) + change : `${String(old)}（改${change}）`;
    }
    return computeTotals(report);
  }

  const editsOf = (sides: readonly Side[]) =>
    fc.uniqueArray(
      fc.record({
        unit: fc.nat(units.length - 1),
        side: fc.constantFrom(...sides),
        n: fc.nat(1000),
      }),
      { selector: (edit) => edit.unit, maxLength: 30 },
    );
  const sidesOf = (base: Report, edits: readonly Edit[]) => ({
    mine: edited(
      base,
      edits.filter((e) => e.side !== 'theirs'),
      (e) => e.n + 1,
    ),
    theirs: edited(
      base,
      edits.filter((e) => e.side !== 'mine'),
      (e) => e.n + (e.side === 'apart' ? 2 : 1),
    ),
  });

  it('keeps both sides of changes to different units, and the base elsewhere', () => {
    fc.assert(
      fc.property(fc.nat(), editsOf(['mine', 'theirs']), (seed, edits) => {
        const base = generateReport(seed, template);
        const { mine, theirs } = sidesOf(base, edits);
        const result = mergeReports({ base, mine, theirs });
        expect(result.kind).toBe('merged');
        const bySide = new Map(edits.map((e) => [e.unit, e.side === 'mine' ? mine : theirs]));
        units.forEach((_, unit) =>
          expect(at(result.report, unit)).toEqual(at(bySide.get(unit) ?? base, unit)),
        );
        expect(result.report).toEqual(computeTotals(result.report));
        expect(structuralFindings(result.report)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the other side when one side changed nothing', () => {
    fc.assert(
      fc.property(fc.nat(), editsOf(['mine']), (seed, edits) => {
        const base = generateReport(seed, template);
        const { mine: changed } = sidesOf(base, edits);
        expect(mergeReports({ base, mine: base, theirs: changed }).report).toEqual(changed);
        expect(mergeReports({ base, mine: changed, theirs: base }).report).toEqual(changed);
      }),
      { numRuns: 60 },
    );
  });

  it('finds a clash exactly where both sides changed a unit differently', () => {
    fc.assert(
      fc.property(fc.nat(), editsOf(['mine', 'theirs', 'same', 'apart']), (seed, edits) => {
        const base = generateReport(seed, template);
        const result = mergeReports({ base, ...sidesOf(base, edits) });
        const clashing = edits.filter((e) => e.side === 'apart').map((e) => units[e.unit]);
        const found = result.kind === 'clash' ? result.clashes.map((c) => c.address) : [];
        expect(found.toSorted()).toEqual(clashing.map((path) => path?.join('.')).toSorted());
      }),
      { numRuns: 60 },
    );
  });
});
