import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { generateReport } from '../testing/generate-report.js';
import { templates } from '../template/templates.js';
import { cellIndexOf, readCellValues } from '../validate/cell-values.js';
import { reportSchemaFor } from './report-schema.js';
import { compileShapeCheck } from './shape-check.js';

const pathsOf = (value: unknown, above: string[] = []): string[][] =>
  typeof value !== 'object' || value === null
    ? [above]
    : [above, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...above, key]))];

/** Values that sit on the edges of what the schema accepts. */
const edgeValues = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    2 ** 53 - 1,
    1.23456,
    1.234567,
    1.2345678,
    0.000001,
    1e-7,
    0.0001,
    2020,
    2021,
    2100,
    2101,
    '',
    ' ',
    '2023-02-30',
    '2023-02-28',
  ),
  fc.double(),
  fc.integer(),
);

type Mutation = { path: string[]; kind: 'set' | 'delete' | 'add'; value: unknown };

function mutate(report: unknown, { path, kind, value }: Mutation): unknown {
  if (path.length === 0) return kind === 'set' ? value : report;
  const copy = structuredClone(report) as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce<any>((here, key) => here?.[key], copy);
  const last = path.at(-1) as string;
  if (typeof parent !== 'object' || parent === null) return copy;
  if (kind === 'set') parent[last] = value;
  if (kind === 'delete') delete parent[last];
  if (kind === 'add') parent[`${last}Extra`] = value;
  return copy;
}

describe.each(templates.map((t) => [t.format, t] as const))(
  'compileShapeCheck (%s)',
  (_format, template) => {
    const index = cellIndexOf(template);
    const isWellFormed = compileShapeCheck(template, index);
    const zod = reportSchemaFor(template);
    const agrees = (report: unknown): void => {
      expect(isWellFormed(report, readCellValues(index, report))).toBe(
        zod.safeParse(report).success,
      );
    };

    it('accepts what zod accepts: the fixtures and generated reports', () => {
      for (const name of ['2021-pinghu-dushangang.json', '2022-jiangnan-city.json'])
        agrees(loadFixture(name));
      for (let seed = 0; seed < 50; seed++)
        expect(
          isWellFormed(
            generateReport(seed, template),
            readCellValues(index, generateReport(seed, template)),
          ),
        ).toBe(true);
    });

    it('agrees with zod on every kind of damage to a report', () => {
      const base = generateReport(7, template);
      const mutations = fc.record({
        path: fc.constantFrom(...pathsOf(base)),
        kind: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
        value: edgeValues,
      });
      fc.assert(
        fc.property(fc.array(mutations, { maxLength: 3 }), (changes) =>
          agrees(changes.reduce(mutate, base)),
        ),
        {
          numRuns: 2000,
        },
      );
    });
  },
);
