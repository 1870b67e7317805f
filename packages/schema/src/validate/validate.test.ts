import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenFixtures, loadFixture } from '../../test-support/fixtures.js';
import { computeTotals } from '../report/compute-totals.js';
import { emptyReport } from '../report/empty-report.js';
import { template2021 } from '../template/templates.js';
import { isPublishable, structuralFindings, validate } from './validate.js';

const seed = loadFixture('2021-pinghu-dushangang.json');
const lastYear = loadFixture('2021-jiangnan-city.json');
const thisYear = loadFixture('2022-jiangnan-city.json');

/** A copy of the non-zero report with one change applied. */
const changed = (change: (report: Record<string, any>) => void): unknown => {
  const copy = structuredClone(thisYear) as Record<string, any>;
  change(copy);
  return copy;
};

describe('validate', () => {
  it('finds nothing wrong with the real 2021 report of 独山港镇', () => {
    expect(validate(seed)).toEqual([]);
  });

  it('finds nothing wrong with the non-zero pair, checked across years', () => {
    expect(validate(lastYear)).toEqual([]);
    expect(validate(thisYear, { previous: lastYear })).toEqual([]);
  });

  it.each(brokenFixtures().map((f) => [f.rule, f.report] as const))(
    'reports rule %s, and only it, for its broken fixture',
    (rule, report) => {
      const findings = validate(report, { previous: lastYear });
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((f) => f.rule))).toEqual(new Set([rule]));
      for (const finding of findings) {
        expect(finding.cells.length).toBeGreaterThan(0);
        expect(finding.message).toMatch(/\p{Script=Han}/u);
      }
    },
  );

  it('shows the numbers of a balance error by the rows’ labels, once per broken column', () => {
    const report = emptyReport(template2021, { year: 2021, agency: { name: '某镇' } });
    report.requests['received']!['natural'] = 3;
    report.requests['granted']!['natural'] = 2;
    const findings = validate(computeTotals(report)).filter((f) => f.rule === 'requests.balance');
    expect(findings.map((f) => f.message)).toEqual([
      '自然人列：一、本年新收政府信息公开申请数量（3）+ 二、上年结转政府信息公开申请数量（0）= 3，三、本年度办理结果（七）总计（2）+ 四、结转下年度继续办理（0）= 2，相差 1',
    ]);
    expect(findings[0]?.cells).toEqual([
      'requests.received.natural',
      'requests.carriedOver.natural',
      'requests.handledTotal.natural',
      'requests.carriedForward.natural',
    ]);
  });

  it('skips the cross-year rules without last year’s report', () => {
    const report = changed((r) => (r.requests.carriedOver.natural += 0));
    expect(validate(report)).toEqual([]);
    const carried = changed((r) => {
      r.requests.carriedOver.natural += 1;
      r.requests.carriedOver.total += 1;
      r.requests.carriedForward.natural += 1;
      r.requests.carriedForward.total += 1;
    });
    expect(validate(carried).map((f) => f.rule)).toEqual([]);
    expect(validate(carried, { previous: lastYear }).map((f) => f.cells)).toEqual([
      ['requests.carriedOver.natural'],
    ]);
  });

  it('tells warnings from errors', () => {
    expect(isPublishable(validate(changed((r) => (r.narrative.other = ' '))))).toBe(true);
    expect(isPublishable(validate(changed((r) => (r.appeals.review.total += 1))))).toBe(false);
  });

  it('reminds that an empty section 六 is written “无。”', () => {
    const [finding] = validate(changed((r) => (r.narrative.other = '')));
    expect(finding?.message).toBe('六、其他需要报告的事项没有内容；没有需要报告的事项时写“无。”');
  });

  it('uses 31 March for a city government and 31 January for a department', () => {
    expect(validate(changed((r) => (r.publishedOn = '2023-03-31')))).toEqual([]);
    const department = changed((r) => {
      r.publishedOn = '2023-02-01';
      r.agency.level = 'department';
    });
    expect(validate(department).map((f) => f.message)).toEqual([
      '报告于 2023-02-01 发布，晚于 2023-01-31 的法定期限',
    ]);
  });
});

describe('structuralFindings', () => {
  it.each([
    ...brokenFixtures(),
    { rule: 'none', report: loadFixture('2022-jiangnan-city.json') },
    { rule: 'not an object', report: [1] },
    { rule: 'unknown format', report: { format: '1999' } },
  ])('gives exactly the schema findings of validate ($rule)', ({ report }) => {
    const expected = validate(report).filter((f) => f.rule === 'schema');
    expect(structuralFindings(report)).toEqual(expected);
    expect(expected.length > 0).toBe(structuralFindings(report).length > 0);
  });

  it('finds the broken schema fixture and passes a sound report', () => {
    expect(structuralFindings(loadFixture('broken/schema.json')).length).toBeGreaterThan(0);
    expect(structuralFindings(loadFixture('2021-pinghu-dushangang.json'))).toEqual([]);
  });
});

describe('validate: structure (rule schema)', () => {
  const schemaProblems = (report: unknown) =>
    validate(report)
      .filter((f) => f.rule === 'schema')
      .map((f) => [f.cells.join(), f.message]);

  it.each([
    [
      'a negative count',
      (r: any) => (r.proactive.licensing.decisions = -2),
      'proactive.licensing.decisions',
      '不能为负数，实际为 -2',
    ],
    [
      'a fractional count',
      (r: any) => (r.appeals.review.pending = 1.5),
      'appeals.review.pending',
      '应为整数',
    ],
    [
      'a count as text',
      (r: any) => (r.proactive.coercion.decisions = '87'),
      'proactive.coercion.decisions',
      '应为数字，实际为 "87"',
    ],
    [
      'an unsafe integer',
      (r: any) => (r.proactive.coercion.decisions = 2 ** 53),
      'proactive.coercion.decisions',
      '',
    ],
    [
      'an amount with 7 decimals',
      (r: any) => (r.proactive.fees.amount = 1.2345678),
      'proactive.fees.amount',
      '最多保留 6 位小数',
    ],
    [
      'a negative amount',
      (r: any) => (r.proactive.fees.amount = -1),
      'proactive.fees.amount',
      '不能为负数',
    ],
    [
      'an unknown field',
      (r: any) => (r.requests.received.robots = 1),
      'requests.received.robots',
      '未知字段',
    ],
    ['an unknown top-level field', (r: any) => (r.notes = ''), 'notes', '未知字段'],
    [
      'a missing row',
      (r: any) => delete r.requests.deniedQuery,
      'requests.deniedQuery',
      '缺少此字段',
    ],
    [
      'a missing cell',
      (r: any) => delete r.requests.granted.other,
      'requests.granted.other',
      '缺少此字段',
    ],
    [
      'a year before the format',
      (r: any) => (r.year = 2020),
      'year',
      '2021 格式适用于 2021–2100 年度',
    ],
    ['a year far ahead', (r: any) => (r.year = 3000), 'year', '2021 格式适用于'],
    [
      'an empty agency name',
      (r: any) => (r.agency.name = ' '),
      'agency.name',
      '机关名称）：不能为空',
    ],
    [
      'an unknown agency level',
      (r: any) => (r.agency.level = 'village'),
      'agency.level',
      '应为 "central"',
    ],
    ['a malformed date', (r: any) => (r.publishedOn = '2023/1/5'), 'publishedOn', 'YYYY-MM-DD'],
    [
      'an accepted warning that names no cell',
      (r: any) =>
        (r.accepted = [
          {
            rule: 'trend.jump',
            cells: [],
            reason: '新设机构',
            by: 'u',
            at: '2024-01-05T08:00:00+08:00',
          },
        ]),
      'accepted.0.cells',
      '至少需要 1 项',
    ],
    [
      'prose that is not text',
      (r: any) => (r.narrative.overview = 5),
      'narrative.overview',
      '应为文本',
    ],
  ])('names the field for %s', (_what, change, cell, words) => {
    const problems = schemaProblems(changed(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.[0]).toBe(cell);
    expect(problems[0]?.[1]).toContain(words);
    expect(problems[0]?.[1]).toMatch(/\p{Script=Han}/u);
  });

  it('names the cell in Chinese too', () => {
    const [problem] = schemaProblems(changed((r) => (r.requests.received.natural = -1)));
    expect(problem?.[1]).toBe(
      'requests.received.natural（一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人）：不能为负数，实际为 -1',
    );
  });

  it.each([
    ['null', null],
    ['an array', [thisYear]],
    ['a number', 2021],
    ['an object without format', { year: 2021 }],
    ['an unknown format', { ...thisYear, format: '2035' }],
  ])('answers %s with a schema finding rather than an exception', (_what, input) => {
    const findings = validate(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe('schema');
  });

  it('still checks the arithmetic of cells that are valid when others are not', () => {
    const report = changed((r) => {
      r.agency.extra = true;
      r.appeals.review.total += 1;
    });
    expect(validate(report).map((f) => f.rule)).toEqual(['schema', 'appeals.groupTotal']);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validate(value))).toBe(true);
      }),
    );
  });

  it('never throws when any part of a real report is replaced by arbitrary JSON', () => {
    const paths = pathsOf(thisYear);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const report = structuredClone(thisYear) as unknown as Record<string, unknown>;
        setPath(report, path, value);
        const findings = validate(report, { previous: report });
        expect(findings.every((f) => typeof f.message === 'string')).toBe(true);
      }),
    );
  });
});

function pathsOf(value: unknown, above: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [above];
  return [
    above,
    ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...above, key])),
  ];
}

function setPath(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((here, key) => here?.[key], root);
  const last = path.at(-1);
  if (last !== undefined && parent && typeof parent === 'object') parent[last] = value;
}
