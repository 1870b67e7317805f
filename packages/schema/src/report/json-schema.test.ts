import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { generateReport } from '../testing/generate-report.js';
import { reportJsonSchema } from './json-schema.js';

const committed = JSON.parse(
  readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
const check = ajv.compile(committed);

describe('report.schema.json', () => {
  it('is up to date with the zod schema (regenerate with `pnpm --filter @nianbao/schema json-schema`)', () => {
    expect(committed).toEqual(reportJsonSchema());
  });

  it('accepts the fixtures and generated reports', () => {
    for (const name of [
      '2021-pinghu-dushangang.json',
      '2021-jiangnan-city.json',
      '2022-jiangnan-city.json',
    ]) {
      expect(check(loadFixture(name)), JSON.stringify(check.errors)).toBe(true);
    }
    for (let seed = 0; seed < 20; seed++) expect(check(generateReport(seed))).toBe(true);
  });

  it('rejects negative counts, unknown fields and a format that does not fit the year', () => {
    const report = loadFixture('2022-jiangnan-city.json') as unknown as Record<string, any>;
    expect(
      check({
        ...report,
        requests: { ...report.requests, received: { ...report.requests.received, natural: -1 } },
      }),
    ).toBe(false);
    expect(check({ ...report, notes: 'x' })).toBe(false);
    expect(check({ ...report, year: 2020 })).toBe(false);
  });

  it('titles each cell with its Chinese labels', () => {
    expect(JSON.stringify(committed)).toContain(
      '一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人',
    );
  });
});
