import { titlePieces } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import type { Measure } from './break-lines.js';
import { titleLines } from './title-lines.js';

// Every character 10 wide, so a 200-wide line holds 20.
const measure: Measure = (text) => [...text].length * 10;
const lines = (agency: string, width = 200, isCorrection = false) =>
  titleLines(titlePieces({ agency, year: 2021, isCorrection }), { width, measure }).map((line) =>
    line.segments.map((segment) => segment.text).join(''),
  );

describe('titleLines', () => {
  it('breaks after the agency or after “2021年度”, never inside it', () => {
    expect(lines('江南市人民政府')).toEqual(['江南市人民政府2021年度', '政府信息公开工作年度报告']);
    for (let length = 1; length <= 40; length++) {
      const broken = lines('某'.repeat(length));
      expect(broken.join('')).toBe(`${'某'.repeat(length)}2021年度政府信息公开工作年度报告`);
      expect(
        broken.some((line) => line.includes('2021年度')),
        `${length}`,
      ).toBe(true);
      expect(broken.at(-1)?.endsWith('政府信息公开工作年度报告')).toBe(true);
    }
  });

  it('keeps （更正） with the ending when it fits, and breaks an over-long agency name by character', () => {
    expect(lines('江南市人民政府', 200, true)).toEqual([
      '江南市人民政府2021年度',
      '政府信息公开工作年度报告（更正）',
    ]);
    expect(lines('某'.repeat(45))).toEqual([
      '某'.repeat(20),
      '某'.repeat(20),
      `${'某'.repeat(5)}2021年度`,
      '政府信息公开工作年度报告',
    ]);
  });
});
