import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../report/report.js';
import { ReportSchema } from '../report/report-schema.js';
import { emptyReport } from '../report/empty-report.js';
import { template2019, template2021 } from '../template/templates.js';
import { generateReport } from '../testing/generate-report.js';
import { validate } from '../validate/validate.js';
import { RollupError } from './rollup.js';
import { sumReports } from './sum-reports.js';

const received = (report: Report) => report.requests.received?.natural ?? NaN;
const city = { name: '平湖市人民政府', level: 'county' as const };
const unit = (seed: number, year = 2022) => ({
  report: { ...generateReport(seed), year },
  source: { agency: `示例机关${String(seed)}`, reportId: `r${String(seed)}` },
});

describe('sumReports', () => {
  it('adds every cell of the tables and lists what it summed', () => {
    const [a, b] = [unit(1), unit(2)];
    const sum = sumReports({ agency: city, reports: [a, b], missing: ['新埭镇'] });
    expect(received(sum)).toBe(received(a.report) + received(b.report));
    expect(sum.appeals.review?.total).toBe(
      (a.report.appeals.review?.total ?? NaN) + (b.report.appeals.review?.total ?? NaN),
    );
    expect(sum.agency).toEqual(city);
    expect(sum.narrative.overview).toBe('');
    expect(sum.rollup).toEqual({ included: [a.source, b.source], missing: ['新埭镇'] });
  });

  it('sums amounts exactly to the 6 decimals of 万元', () => {
    const withFee = (amount: number) => {
      const report = emptyReport(template2021, { year: 2022, agency: { name: '甲' } });
      report.proactive.fees = { amount };
      return { report, source: { agency: '甲' } };
    };
    const sum = sumReports({
      agency: city,
      reports: [withFee(0.1), withFee(0.2), withFee(5949.088667)],
    });
    expect(sum.proactive.fees?.amount).toBe(5949.388667);
  });

  it('keeps a roll-up of consistent reports consistent, and valid by the same schema', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 6 }), (seeds) => {
        const sum = sumReports({ agency: city, reports: seeds.map((seed) => unit(seed)) });
        expect(ReportSchema.safeParse(sum).success).toBe(true);
        expect(validate(sum).filter((finding) => finding.severity === 'error')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses reports of different years or formats, naming them', () => {
    expect(() => sumReports({ agency: city, reports: [unit(1, 2022), unit(2, 2023)] })).toThrow(
      new RollupError('汇总的报告须为同一年度，现有：2022、2023'),
    );
    const old = { report: generateReport(3, template2019), source: { agency: '乙' } };
    expect(() => sumReports({ agency: city, reports: [unit(1), old] })).toThrow(RollupError);
  });

  it('gives an all-zero report for a year with no reports, and needs the year for it', () => {
    const none = sumReports({
      agency: city,
      reports: [],
      year: 2022,
      format: '2021',
      missing: ['甲'],
    });
    expect(none.requests.received?.total).toBe(0);
    expect(none.rollup.missing).toEqual(['甲']);
    expect(() => sumReports({ agency: city, reports: [] })).toThrow('没有可汇总的报告');
  });
});
