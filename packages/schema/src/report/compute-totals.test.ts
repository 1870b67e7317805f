import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCells } from '../rules/catalog.js';
import { tableCells } from '../template/cells.js';
import { tablesOf } from '../template/template.js';
import { templates } from '../template/templates.js';
import { validate } from '../validate/validate.js';
import { computeTotals } from './compute-totals.js';
import { emptyReport } from './empty-report.js';
import type { TableValues } from './report.js';
import type { RuleDef } from '../rules/types.js';
import { generateReport } from '../testing/generate-report.js';

describe.each(templates.map((t) => [t.format, t] as const))(
  'computeTotals (%s)',
  (_format, template) => {
    const cells = tablesOf(template).flatMap(tableCells);
    const inputs = cells.filter((cell) => !cell.isTotal);
    const sumRules = template.rules.filter((rule) => rule.kind === 'sum');
    const arithmetic = template.rules.filter(
      (rule) => rule.kind === 'sum' || rule.kind === 'equation',
    );

    const valueOf = (cell: (typeof cells)[number]) =>
      cell.kind === 'amount'
        ? fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1e4)
        : fc.integer({ min: 0, max: 100_000 });

    /** Any report whose input cells hold arbitrary valid values and whose totals hold garbage. */
    const reports = fc
      .tuple(
        fc.tuple(...inputs.map(valueOf)),
        fc.array(fc.integer({ min: 0, max: 1000 }), {
          minLength: cells.length,
          maxLength: cells.length,
        }),
      )
      .map(([values, garbage]) => {
        const report = emptyReport(template, {
          year: template.years.from,
          agency: { name: '测试机关' },
        });
        const tables = report as unknown as Record<string, TableValues>;
        cells.forEach((cell, i) => {
          const row = tables[cell.table]?.[cell.record];
          if (row)
            row[cell.field] = cell.isTotal
              ? (garbage[i] ?? 0)
              : (values[inputs.indexOf(cell)] ?? 0);
        });
        return report;
      });

    it('makes every sum rule hold, whatever the inputs', () => {
      fc.assert(
        fc.property(reports, (report) => {
          const findings = validate(computeTotals(report));
          expect(findings.filter((f) => sumRules.some((rule) => rule.id === f.rule))).toEqual([]);
        }),
        { numRuns: 200 },
      );
    });

    it('leaves input cells and the given report unchanged', () => {
      fc.assert(
        fc.property(reports, (report) => {
          const before = structuredClone(report);
          const after = computeTotals(report);
          expect(report).toEqual(before);
          for (const cell of inputs) {
            expect(after[cell.table as 'requests'][cell.record]?.[cell.field]).toBe(
              before[cell.table as 'requests'][cell.record]?.[cell.field],
            );
          }
        }),
        { numRuns: 50 },
      );
    });

    it('breaks exactly the rules that read a changed input cell, naming that cell', () => {
      const needsPrevious = (rule: RuleDef) =>
        'equations' in rule &&
        rule.equations.some((e) => [...e.left, ...e.right].some((t) => t.isPrevious));
      fc.assert(
        fc.property(
          fc.nat(),
          fc.constantFrom(...inputs),
          fc.integer({ min: 1, max: 1000 }),
          (seed, cell, delta) => {
            const report = generateReport(seed, template) as unknown as Record<string, TableValues>;
            const row = report[cell.table]?.[cell.record];
            if (!row) throw new Error(cell.address);
            row[cell.field] =
              Math.round(
                ((row[cell.field] ?? 0) + (cell.kind === 'amount' ? delta / 100 : delta)) * 1e4,
              ) / 1e4;
            const findings = validate(report);
            const readers = template.rules.filter((rule) => ruleCells(rule).includes(cell.address));
            const mustBreak = readers
              .filter((r) => arithmetic.some((a) => a === r) && !needsPrevious(r))
              .map((r) => r.id);
            const broken = new Set(findings.map((f) => f.rule));
            for (const id of mustBreak) expect(broken).toContain(id);
            for (const id of broken) expect(readers.map((r) => r.id)).toContain(id);
            for (const finding of findings) expect(finding.cells).toContain(cell.address);
          },
        ),
        { numRuns: 300 },
      );
    });
  },
);
