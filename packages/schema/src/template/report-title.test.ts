import { describe, expect, it } from 'vitest';
import { readTitleEnding, reportShortTitle, reportTitle, titlePieces } from './report-title.js';

describe('reportTitle', () => {
  it('writes the official title form', () => {
    expect(reportTitle({ agency: '江南市人民政府', year: 2024 })).toBe(
      '江南市人民政府2024年度政府信息公开工作年度报告',
    );
  });

  it('marks a correction', () => {
    expect(reportTitle({ agency: '某区', year: 2023, isCorrection: true })).toBe(
      '某区2023年度政府信息公开工作年度报告（更正）',
    );
  });

  it('leaves out a year it does not have', () => {
    expect(reportTitle({ agency: '某区' })).toBe('某区年度政府信息公开工作年度报告');
  });
});

describe('reportShortTitle', () => {
  it('names a report in a list, with or without its agency', () => {
    expect(reportShortTitle({ agency: '某区', year: 2022 })).toBe('某区2022年度报告');
    expect(reportShortTitle({ year: 2022, isCorrection: true })).toBe('2022年度报告（更正）');
  });
});

describe('readTitleEnding', () => {
  it('reads back every title reportTitle writes', () => {
    for (const isCorrection of [false, true]) {
      const title = reportTitle({ agency: '某区', year: 2024, isCorrection });
      expect(readTitleEnding(title)).toEqual({ head: '某区2024年度', isCorrection });
    }
  });

  it.each([
    ['2024年某市政务公开工作年度报告', '2024年某市'],
    ['某县2020年工作年度报告', '某县2020年'],
    ['某县2020年度政府信息公开工作年度报告(更正)', '某县2020年度'],
  ])('recognises the variant ending of %s', (text, head) => {
    expect(readTitleEnding(text)?.head).toBe(head);
  });

  it.each(['某县2020年度工作总结', '年度报告的说明', '政府信息公开工作年度报告附件'])(
    'finds no title in %s',
    (text) => {
      expect(readTitleEnding(text)).toBeUndefined();
    },
  );
});

describe('titlePieces', () => {
  it('splits a title after the agency and after “2021年度”, with （更正） on its own', () => {
    expect(titlePieces({ agency: '江南市人民政府', year: 2021, isCorrection: true })).toEqual([
      '江南市人民政府',
      '2021年度',
      '政府信息公开工作年度报告',
      '（更正）',
    ]);
  });

  it('gives 年度 alone when the year is missing', () => {
    expect(titlePieces({ agency: '某局' })).toEqual(['某局', '年度', '政府信息公开工作年度报告']);
  });
});
