import { describe, expect, it } from 'vitest';
import { labelsOf } from '../../test-support/layout.js';
import { tableCells } from './cells.js';
import { tableLayout } from './layout.js';
import { tablesOf } from './template.js';
import { template2021 } from './templates.js';

// Labels copied from spec §2–§5 (verbatim from 国办公开办函〔2021〕30号).
const headings = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const requestRowLabels = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

const [proactive, requests, appeals] = tablesOf(template2021).map(tableLayout);

describe('the 2021 template', () => {
  it('has the six section headings in order', () => {
    expect(template2021.sections.map((s) => s.heading)).toEqual(headings);
  });

  it('prints table 三 with the note in a 3 × 3 corner and the applicant header', () => {
    const block = requests?.blocks[0];
    expect(
      block?.header.map((row) =>
        row.map((c) => (c.type === 'label' ? [c.text, c.rowSpan, c.colSpan] : [])),
      ),
    ).toEqual([
      [
        ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3],
        ['申请人情况', 1, 7],
      ],
      [
        ['自然人', 2, 1],
        ['法人或其他组织', 1, 5],
        ['总计', 2, 1],
      ],
      [
        ['商业企业', 1, 1],
        ['科研机构', 1, 1],
        ['社会公益组织', 1, 1],
        ['法律服务机构', 1, 1],
        ['其他', 1, 1],
      ],
    ]);
  });

  it('prints table 三 with its 25 rows, verbatim labels and merged groups', () => {
    const body = requests?.blocks[0]?.body ?? [];
    expect(body).toHaveLength(25);
    expect(labelsOf(body)).toEqual(requestRowLabels);
    const spanOf = (text: string) =>
      body.flat().find((cell) => cell.type === 'label' && cell.text === text);
    expect(spanOf('三、本年度办理结果')).toMatchObject({ rowSpan: 22, colSpan: 1 });
    expect(spanOf('（三）不予公开')).toMatchObject({ rowSpan: 8, colSpan: 1 });
    expect(spanOf('（四）无法提供')).toMatchObject({ rowSpan: 3 });
    expect(spanOf('（五）不予处理')).toMatchObject({ rowSpan: 5 });
    expect(spanOf('（六）其他处理')).toMatchObject({ rowSpan: 3 });
    expect(spanOf('一、本年新收政府信息公开申请数量')).toMatchObject({ colSpan: 3 });
    expect(spanOf('（七）总计')).toMatchObject({ colSpan: 2 });
    expect(spanOf('3.其他')).toMatchObject({ colSpan: 1 });
  });

  it('prints table 四 as three header rows over one row of 15 numbers', () => {
    const block = appeals?.blocks[0];
    expect(block?.header.map((row) => row.length)).toEqual([2, 7, 10]);
    expect(labelsOf(block?.header.slice(0, 1) ?? [])).toEqual(['行政复议', '行政诉讼']);
    expect(block?.header[0]?.map((c) => c.colSpan)).toEqual([5, 10]);
    expect(block?.header[1]?.slice(0, 5).every((c) => c.rowSpan === 2)).toBe(true);
    expect(labelsOf(block?.header.slice(1, 2) ?? []).slice(5)).toEqual([
      '未经复议直接起诉',
      '复议后起诉',
    ]);
    expect(block?.body).toHaveLength(1);
    expect(block?.body[0]?.map((c) => (c.type === 'value' ? c.cell.address : ''))).toEqual(
      ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((f) => `appeals.${g}.${f}`),
      ),
    );
    expect(labelsOf(block?.header.slice(2) ?? []).slice(0, 5)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
  });

  it('prints table 二 as four blocks headed by their articles, single values spanning three columns', () => {
    expect(proactive?.blocks.map((b) => b.title)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(labelsOf(proactive?.blocks[0]?.header ?? [])).toEqual([
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ]);
    expect(labelsOf(proactive?.blocks[3]?.header ?? [])).toEqual([
      '信息内容',
      '本年收费金额（单位：万元）',
    ]);
    const fees = proactive?.blocks[3]?.body[0]?.find((c) => c.type === 'value');
    expect(fees).toMatchObject({
      colSpan: 3,
      cell: { address: 'proactive.fees.amount', kind: 'amount' },
    });
    expect(labelsOf(proactive?.blocks.flatMap((b) => b.body) ?? [])).toEqual([
      '规章',
      '行政规范性文件',
      '行政许可',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
    ]);
  });

  it('marks the 总计 column, the （七）总计 row and table 四 totals as totals', () => {
    const totals = tablesOf(template2021)
      .flatMap(tableCells)
      .filter((c) => c.isTotal);
    expect(totals).toHaveLength(25 + 6 + 3);
  });
});
