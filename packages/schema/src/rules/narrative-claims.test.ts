import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { templates } from '../template/templates.js';
import { validate } from '../validate/validate.js';

const report = loadFixture('2022-jiangnan-city.json');
const saying = (overview: string) => ({ ...report, narrative: { ...report.narrative, overview } });
const numbers = (overview: string) =>
  validate(saying(overview))
    .filter((f) => f.rule === 'narrative.numbers')
    .map((f) => f.message);

describe('narrative.numbers', () => {
  it.each([
    ['收到政府信息公开申请478件。'],
    ['全年共受理政府信息公开申请４７８件。'],
    ['予以公开及部分公开208件，不予公开33件，无法提供161件，不予处理63件，其他处理23件。'],
    ['上年结转申请25件，结转下年度继续办理15件。'],
    ['因政府信息公开被申请行政复议17件，行政诉讼14件。'],
    ['主动公开政策文件31件，解读材料64篇。'],
  ])('accepts prose that agrees with the tables: %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it.each([
    ['收到政府信息公开申请5件。', '表格中收到的申请为 478 件'],
    ['全年共受理政府信息公开申请1,478件。', '表格中收到的申请为 478 件'],
    ['予以公开190件。', '表格中予以公开为 191 件'],
    ['行政复议7件。', '表格中行政复议为 17 件'],
    ['诉讼9件。', '表格中行政诉讼为 14 件'],
  ])('warns when the prose contradicts the tables: %s', (text, words) => {
    const [message] = numbers(text);
    expect(message).toContain(words);
    expect(message).toContain(`“${text.replace(/。$/, '')}”`);
  });

  it('names the prose section and the total cells it checked', () => {
    const [finding] = validate(saying('行政复议7件。')).filter(
      (f) => f.rule === 'narrative.numbers',
    );
    expect(finding?.cells).toEqual(['narrative.overview', 'appeals.review.total']);
    expect(finding?.severity).toBe('warning');
  });

  it('ties every claim to cells in every format', () => {
    for (const template of templates) {
      const rule = template.rules.find((r) => r.kind === 'narrativeNumbers');
      expect(
        rule?.kind === 'narrativeNumbers' && rule.claims.every((c) => c.cells.length > 0),
      ).toBe(true);
    }
  });
});
