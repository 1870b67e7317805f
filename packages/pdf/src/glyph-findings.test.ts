import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test/fixtures.js';
import { glyphFindings } from './glyph-findings.js';

const report = loadFixture('2022-jiangnan-city.json') as Record<string, any>;

describe('glyphFindings', () => {
  it('finds nothing in a report the fonts can print', () => {
    expect(glyphFindings(report)).toEqual([]);
  });

  it('names the section and the character the fonts lack (𠮷, CJK Extension B)', () => {
    const withJi = {
      ...report,
      narrative: { ...report.narrative, other: '𠮷野家门店信息已公开。' },
    };
    expect(glyphFindings(withJi)).toEqual([
      {
        rule: 'pdf.glyphs',
        severity: 'error',
        cells: ['narrative.other'],
        message:
          '六、其他需要报告的事项有 PDF 字体缺少的字符 “𠮷”（U+20BB7），生成不了 PDF。请改用常用字或删去。',
      },
    ]);
  });

  it('names the agency name in the title, emoji included', () => {
    const broken = structuredClone(report);
    broken.agency.name = '江南市🙂人民政府';
    const [first] = glyphFindings(broken);
    expect(first?.cells).toEqual(['agency.name']);
    expect(first?.message).toContain('“🙂”（U+1F642）');
  });
});
