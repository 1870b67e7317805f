import type { BlockDef, ColumnNode, RowNode, SectionDef, TableDef } from './types.js';

const basis2021 = '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》';

const proactiveBlocks: readonly BlockDef[] = [
  {
    title: '第二十条第（一）项',
    corner: '信息内容',
    columns: [
      { id: 'issued', label: '本年制发件数' },
      { id: 'repealed', label: '本年废止件数' },
      { id: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { id: 'regulations', label: '规章' },
      { id: 'normativeDocuments', label: '行政规范性文件' },
    ],
  },
  {
    title: '第二十条第（五）项',
    corner: '信息内容',
    columns: [{ id: 'decisions', label: '本年处理决定数量', span: 3 }],
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    title: '第二十条第（六）项',
    corner: '信息内容',
    columns: [{ id: 'decisions', label: '本年处理决定数量', span: 3 }],
    rows: [
      { id: 'punishment', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
  },
  {
    title: '第二十条第（八）项',
    corner: '信息内容',
    columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', span: 3, kind: 'amount' }],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
];

const applicantColumns: readonly ColumnNode[] = [
  {
    label: '申请人情况',
    children: [
      { id: 'natural', label: '自然人' },
      {
        label: '法人或其他组织',
        children: [
          { id: 'commercial', label: '商业企业' },
          { id: 'research', label: '科研机构' },
          { id: 'publicInterest', label: '社会公益组织' },
          { id: 'legalService', label: '法律服务机构' },
          { id: 'other', label: '其他' },
        ],
      },
      { id: 'total', label: '总计', isTotal: true },
    ],
  },
];

/** （六）其他处理 is the one group of table 三 that differs between the 2019 and 2021 formats. */
export function requestRows(otherHandling: RowNode): readonly RowNode[] {
  return [
    { id: 'received', label: '一、本年新收政府信息公开申请数量' },
    { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
    {
      label: '三、本年度办理结果',
      children: [
        { id: 'granted', label: '（一）予以公开' },
        {
          id: 'partiallyGranted',
          label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        },
        {
          label: '（三）不予公开',
          children: [
            { id: 'deniedStateSecret', label: '1.属于国家秘密' },
            { id: 'deniedProhibited', label: '2.其他法律行政法规禁止公开' },
            { id: 'deniedSecurity', label: '3.危及“三安全一稳定”' },
            { id: 'deniedThirdParty', label: '4.保护第三方合法权益' },
            { id: 'deniedInternal', label: '5.属于三类内部事务信息' },
            { id: 'deniedProcess', label: '6.属于四类过程性信息' },
            { id: 'deniedEnforcement', label: '7.属于行政执法案卷' },
            { id: 'deniedQuery', label: '8.属于行政查询事项' },
          ],
        },
        {
          label: '（四）无法提供',
          children: [
            { id: 'unableNotHeld', label: '1.本机关不掌握相关政府信息' },
            { id: 'unableNeedsCreation', label: '2.没有现成信息需要另行制作' },
            { id: 'unableUnclear', label: '3.补正后申请内容仍不明确' },
          ],
        },
        {
          label: '（五）不予处理',
          children: [
            { id: 'rejectedComplaint', label: '1.信访举报投诉类申请' },
            { id: 'rejectedDuplicate', label: '2.重复申请' },
            { id: 'rejectedPublication', label: '3.要求提供公开出版物' },
            { id: 'rejectedExcessive', label: '4.无正当理由大量反复申请' },
            { id: 'rejectedConfirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
          ],
        },
        otherHandling,
        { id: 'handledTotal', label: '（七）总计', isTotal: true },
      ],
    },
    { id: 'carriedForward', label: '四、结转下年度继续办理' },
  ];
}

export const requestsNote = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function requestsTable(otherHandling: RowNode, basis: string): TableDef {
  return {
    id: 'requests',
    width: 10,
    basis,
    blocks: [{ corner: requestsNote, columns: applicantColumns, rows: requestRows(otherHandling) }],
  };
}

const appealColumns = (): readonly ColumnNode[] => [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计', isTotal: true },
];

export function appealsTable(basis: string): TableDef {
  return {
    id: 'appeals',
    width: 15,
    basis,
    blocks: [
      {
        columns: [
          { id: 'review', label: '行政复议', children: appealColumns() },
          {
            label: '行政诉讼',
            children: [
              { id: 'litigationDirect', label: '未经复议直接起诉', children: appealColumns() },
              { id: 'litigationAfterReview', label: '复议后起诉', children: appealColumns() },
            ],
          },
        ],
        rows: [{}],
      },
    ],
  };
}

export function proseSections(): { overview: SectionDef; problems: SectionDef; other: SectionDef } {
  return {
    overview: {
      id: 'overview',
      heading: '一、总体情况',
      kind: 'prose',
      customSubheads: [
        '（一）主动公开情况',
        '（二）依申请公开情况',
        '（三）政府信息管理情况',
        '（四）平台建设情况',
        '（五）监督保障情况',
      ],
    },
    problems: {
      id: 'problems',
      heading: '五、存在的主要问题及改进情况',
      kind: 'prose',
      customSubheads: ['（一）存在的主要问题', '（二）改进措施'],
    },
    other: {
      id: 'other',
      heading: '六、其他需要报告的事项',
      kind: 'prose',
      customSubheads: [],
      emptyText: '无。',
    },
  };
}

const prose = proseSections();

/** The six sections of the 2021 format, in print order, with their tables. */
export const sections2021: readonly SectionDef[] = [
  prose.overview,
  {
    id: 'proactive',
    heading: '二、主动公开政府信息情况',
    kind: 'table',
    table: { id: 'proactive', width: 4, basis: basis2021, blocks: proactiveBlocks },
  },
  {
    id: 'requests',
    heading: '三、收到和处理政府信息公开申请情况',
    kind: 'table',
    table: requestsTable(
      {
        label: '（六）其他处理',
        children: [
          {
            id: 'otherNoCorrection',
            label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          },
          {
            id: 'otherUnpaidFee',
            label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          },
          { id: 'otherMisc', label: '3.其他' },
        ],
      },
      basis2021,
    ),
  },
  {
    id: 'appeals',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    kind: 'table',
    table: appealsTable(basis2021),
  },
  prose.problems,
  prose.other,
];

export { basis2021 };
