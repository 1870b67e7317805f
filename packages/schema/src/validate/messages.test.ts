import { describe, expect, it } from 'vitest';
import { brokenFixtures, loadFixture } from '../../test-support/fixtures.js';
import type { Report } from '../report/report.js';
import { template2021 } from '../template/templates.js';
import { validate } from './validate.js';

const lastYear = loadFixture('2021-jiangnan-city.json');
const thisYear = loadFixture('2022-jiangnan-city.json');
const broken = (rule: string) => brokenFixtures().find((f) => f.rule === rule)?.report;
const firstMessage = (rule: string) =>
  validate(broken(rule), { previous: lastYear }).find((f) => f.rule === rule)?.message;

// One broken fixture per rule kind; each message names rows and columns by their labels.
describe('messages people read', () => {
  it.each([
    [
      'sum',
      'appeals.groupTotal',
      '行政复议：总计（17），而 结果维持（12）+ 结果纠正（3）+ 其他结果（1）+ 尚未审结（2）= 18，相差 1',
    ],
    [
      'sum (a long side)',
      'requests.handledTotal',
      '自然人列：三、本年度办理结果（七）总计（423），而各项办理结果之和 = 422，相差 1',
    ],
    [
      'equation',
      'requests.balance',
      '自然人列：一、本年新收政府信息公开申请数量（412）+ 二、上年结转政府信息公开申请数量（20）= 432，三、本年度办理结果（七）总计（422）+ 四、结转下年度继续办理（11）= 433，相差 1',
    ],
    [
      'equation with last year',
      'crossYear.carriedOver',
      '自然人列：本年二、上年结转政府信息公开申请数量（21），应等于2021年度报告 四、结转下年度继续办理（20），相差 1',
    ],
    ['nonEmpty', 'narrative.empty', '五、存在的主要问题及改进情况没有内容'],
    [
      'zeroForLevels',
      'agency.regulations',
      '县级机关不能制定规章，但规章一行填有非零数字：本年制发件数（3）、本年废止件数（1）、现行有效件数（42）',
    ],
    ['deadline', 'publication.late', '报告于 2023-04-02 发布，晚于 2023-03-31 的法定期限'],
    [
      'narrativeNumbers',
      'narrative.numbers',
      '一、总体情况：“全年新收政府信息公开申请487件”与表格不符，表格中收到的申请为 478 件',
    ],
    [
      'invalidEntry',
      'entry.invalid',
      '“五”不是数字：一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人，改正前不能提交',
    ],
    ['proseCovers', 'narrative.overviewAspects', '一、总体情况没有写到：监督保障'],
    [
      'copiedProse',
      'narrative.copied',
      '五、存在的主要问题及改进情况与2021年度报告的同一部分 100% 相同，请按本年度的情况撰写',
    ],
    [
      'trend',
      'trend.jump',
      '行政许可（本年处理决定数量）本年为 56000，2021年度报告为 16208，是上年的 3.5 倍，请核实或在文字部分说明',
    ],
  ])('%s: %s', (_, rule, message) => {
    expect(firstMessage(rule)).toBe(message);
  });

  it('covers every rule kind of the template', () => {
    const kinds = new Set(template2021.rules.map((rule) => rule.kind));
    expect(kinds).toEqual(
      new Set([
        'sum',
        'equation',
        'nonEmpty',
        'zeroForLevels',
        'deadline',
        'narrativeNumbers',
        'invalidEntry',
        'proseCovers',
        'copiedProse',
        'trend',
      ]),
    );
  });
});

/** This year's report with 自然人 一 raised by 10 and its 总计 recomputed, so 一+二 ≠ 三+四. */
const typo = (): Report => {
  const report = structuredClone(thisYear);
  report.requests['received']!['natural']! += 10;
  report.requests['received']!['total']! += 10;
  return report;
};

describe('findings that point at the likely fault', () => {
  it('report one finding per broken identity, the 总计 column folded in', () => {
    const errors = validate(typo()).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([expect.stringMatching(/^自然人列：/)]);
  });

  it('name the cells typed since, and offer the certain fix', () => {
    const typed = ['requests.granted.natural', 'requests.received.natural'];
    const [finding] = validate(typo(), { typed }).filter((f) => f.severity === 'error');
    expect(finding?.suspects).toEqual(['requests.received.natural']);
    expect(finding?.fix).toEqual({
      cell: 'requests.received.natural',
      value: thisYear.requests['received']!['natural'],
    });
  });

  it('offer no fix when two typed cells could be at fault', () => {
    const typed = ['requests.carriedForward.natural', 'requests.received.natural'];
    const [finding] = validate(typo(), { typed }).filter((f) => f.severity === 'error');
    expect(finding?.suspects).toEqual([
      'requests.received.natural',
      'requests.carriedForward.natural',
    ]);
    expect(finding?.fix).toBeUndefined();
  });

  it('list findings in document order', () => {
    const report = { ...typo(), narrative: { ...thisYear.narrative, overview: '', other: '' } };
    expect(validate(report).map((f) => f.cells[0])).toEqual([
      'narrative.overview',
      'requests.received.natural',
      'narrative.other',
    ]);
    expect(validate(report).map((f) => f.severity)).toEqual(['warning', 'error', 'warning']);
  });
});

describe('rule packs', () => {
  const late = broken('publication.late');

  it('switch a warning off, never an error', () => {
    const rules = { 'trend.jump': 'off', 'requests.balance': 'off' } as const;
    expect(validate(broken('trend.jump'), { previous: lastYear, rules })).toEqual([]);
    expect(validate(broken('requests.balance'), { rules })).toHaveLength(1);
  });

  it('apply a local deadline earlier than the statutory one', () => {
    const onTime = { ...(late as Report), publishedOn: '2023-01-25' };
    expect(validate(onTime)).toEqual([]);
    expect(validate(onTime, { deadline: '01-20' }).map((f) => f.message)).toEqual([
      '报告于 2023-01-25 发布，晚于 2023-01-20 的本地规定期限',
    ]);
    expect(validate(onTime, { deadline: '04-30' })).toEqual([]);
  });
});
