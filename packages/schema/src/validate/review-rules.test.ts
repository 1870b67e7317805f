import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test-support/fixtures.js';
import { generateReport } from '../testing/generate-report.js';
import { template2019 } from '../template/templates.js';
import { validate } from './validate.js';

const newRules = [
  'narrative.copied',
  'narrative.problemsMissing',
  'narrative.feesMissing',
  'narrative.overviewAspects',
  'trend.jump',
  'narrative.numbers',
];
const lastYear = loadFixture('2021-jiangnan-city.json');
const thisYear = loadFixture('2022-jiangnan-city.json');
const raised = (report: unknown, previous?: unknown, rules = newRules) =>
  validate(report, previous === undefined ? {} : { previous })
    .filter((f) => rules.includes(f.rule))
    .map((f) => f.message);
// 上海 2019 counts 予以公开 and 无法提供 its own way; the claims added since must hold.
const addedClaims = /规范性文件|行政许可|收到的申请/;
const withProse = (narrative: Record<string, string>) => ({
  ...thisYear,
  narrative: { ...thisYear.narrative, ...narrative },
});

describe('the reviewer’s checks', () => {
  it.each([
    ['the real 2021 report of 独山港镇', '2021-pinghu-dushangang.json'],
    ['the real 2019 report of 上海市人民政府办公厅', '2019-shanghai-govoffice.json'],
  ])('raise nothing on %s', (_, file) => {
    const messages = raised(loadFixture(file));
    expect(messages.filter((m) => !m.includes('与表格不符') || addedClaims.test(m))).toEqual([]);
  });

  it('raise nothing on the non-zero pair, nor on generated reports', () => {
    expect(raised(thisYear, lastYear)).toEqual([]);
    for (const seed of [1, 2, 3]) {
      expect(raised(generateReport(seed))).toEqual([]);
      expect(raised(generateReport(seed, template2019))).toEqual([]);
    }
  });

  it('name last year’s report and the share of copied text', () => {
    const copied = withProse({ overview: lastYear.narrative.overview ?? '' });
    expect(raised(copied, lastYear, ['narrative.copied'])).toEqual([
      '一、总体情况与2021年度报告的同一部分 100% 相同，请按本年度的情况撰写',
    ]);
  });

  it('ask for 改进措施 when 五 says only 无', () => {
    expect(raised(withProse({ problems: '无。' }))).toEqual([
      '五、存在的主要问题及改进情况没有写改进措施',
    ]);
  });

  it('accept the 信息处理费 stated in another section', () => {
    expect(raised(withProse({ other: '无。' }))).toHaveLength(1);
    const overview = `${thisYear.narrative.overview}全年未收取信息处理费。`;
    expect(raised(withProse({ other: '无。', overview }))).toEqual([]);
  });

  it('list the aspects 总体情况 skips', () => {
    expect(raised(withProse({ overview: '（一）主动公开情况。主动公开政府信息。' }))).toEqual([
      '一、总体情况没有写到：依申请公开、政府信息管理、平台建设、监督保障',
    ]);
  });

  it('warn of a jump from last year only when it is large in both ratio and count', () => {
    const jump = (decisions: number) =>
      raised(
        { ...thisYear, proactive: { ...thisYear.proactive, licensing: { decisions } } },
        lastYear,
      );
    expect(jump(48_624)).toEqual([]);
    expect(jump(48_625)).toEqual([
      '行政许可（本年处理决定数量）本年为 48625，2021年度报告为 16208，是上年的 3 倍，请核实或在文字部分说明',
    ]);
    expect(jump(5_000)[0]).toContain('只有上年的 31%');
  });

  it('read 收到申请 N 件 as 一 alone or as 一 + 二', () => {
    expect(
      raised(withProse({ other: '本年度收取信息处理费0元。收到政府信息公开申请503件。' })),
    ).toEqual([]);
    expect(
      raised(withProse({ other: '本年度收取信息处理费0元。收到政府信息公开申请504件。' })),
    ).toHaveLength(1);
  });

  it.each([
    ['制发行政规范性文件28件', []],
    ['制发行政规范性文件29件', ['表格中本年制发的行政规范性文件为 28 件']],
    ['现行有效行政规范性文件216件', ['表格中现行有效的行政规范性文件为 215 件']],
    ['作出行政许可决定18342件', []],
    ['作出行政许可决定18000件', ['表格中行政许可决定为 18342 件']],
  ])('check 规范性文件 and 行政许可 figures: %s', (text, words) => {
    const messages = raised(withProse({ other: `本年度收取信息处理费0元。${text}。` }));
    expect(messages.map((m) => m.replace(/^.*与表格不符，/, ''))).toEqual(words);
  });
});
