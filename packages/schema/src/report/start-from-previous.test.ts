import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { validate } from '../validate/validate.js';
import { markProseEdited, startFromPrevious, templateForYear } from './start-from-previous.js';

const lastYear = loadFixture('2021-jiangnan-city.json');

describe('startFromPrevious', () => {
  const report = startFromPrevious(lastYear);

  it('starts the next year in the format for that year, for the same agency', () => {
    expect(report).toMatchObject({ format: '2021', year: 2022, agency: lastYear.agency });
  });

  it('copies last year’s prose, marked as last year’s until a section is edited', () => {
    expect(report.narrative).toEqual(lastYear.narrative);
    expect(report.fromLastYear).toEqual([
      'narrative.overview',
      'narrative.problems',
      'narrative.other',
    ]);
    const edited = markProseEdited(
      markProseEdited(report, 'narrative.overview'),
      'narrative.other',
    );
    expect(edited.fromLastYear).toEqual(['narrative.problems']);
    expect(markProseEdited(edited, 'narrative.problems')).not.toHaveProperty('fromLastYear');
  });

  it('leaves narrative.copied something to guard', () => {
    const copied = validate(report, { previous: lastYear }).filter(
      (f) => f.rule === 'narrative.copied',
    );
    expect(copied.map((f) => f.cells)).toEqual([['narrative.overview'], ['narrative.problems']]);
  });

  it('carries 结转下年度 into 上年结转 and 现行有效件数 forward', () => {
    expect(report.requests['carriedOver']).toEqual(lastYear.requests['carriedForward']);
    expect(report.proactive['regulations']).toEqual({ issued: 0, repealed: 0, inForce: 40 });
    expect(report.proactive['normativeDocuments']).toEqual({
      issued: 0,
      repealed: 0,
      inForce: 196,
    });
  });

  it('passes every cross-year rule against the report it came from', () => {
    const crossYear = validate(report, { previous: lastYear }).filter((f) =>
      f.cells.includes('requests.carriedOver.natural'),
    );
    expect(crossYear.map((f) => f.rule)).toEqual(['requests.balance']);
  });

  it('picks the format by year: 2019 for 2019–2020, 2021 from 2021', () => {
    expect(templateForYear(2018)).toBeUndefined();
    expect(templateForYear(2019)?.format).toBe('2019');
    expect(templateForYear(2020)?.format).toBe('2019');
    expect(templateForYear(2021)?.format).toBe('2021');
    expect(() => startFromPrevious({ ...lastYear, year: 2100 })).toThrow(/2101/);
  });
});
