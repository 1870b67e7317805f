import { tableCells } from '../template/cells.js';
import { requestsNote } from '../template/format-2021.js';
import type { SectionDef, TableDef } from '../template/types.js';
import { balancePerField, balancePerRecord, sumOfFields, sumOfRecords } from './equations.js';
import { declareReviewRules } from './declare-review-rules.js';
import { narrativeClaims } from './narrative-claims.js';
import type { RuleDef } from './types.js';

const tableIn = (sections: readonly SectionDef[], id: string): TableDef => {
  const section = sections.find((s) => s.kind === 'table' && s.table.id === id);
  if (section?.kind !== 'table') throw new Error(`no table ${id}`);
  return section.table;
};

const regulationRecords = ['regulations', 'normativeDocuments'];

/** The rules of spec §7 over a format's sections (tables 三 and 四 have the same shape in 2019 and 2021). */
export function declareRules(
  sections: readonly SectionDef[],
  options: { lastResultRow: string; hasInForce: boolean; hasInfoFees: boolean },
): RuleDef[] {
  const proactive = tableIn(sections, 'proactive');
  const requests = tableIn(sections, 'requests');
  const appeals = tableIn(sections, 'appeals');
  const rules: RuleDef[] = [
    {
      id: 'entry.invalid',
      kind: 'invalidEntry',
      severity: 'error',
      title: '填报内容为数字',
      basis: '不是数字的填报照原样保留、不计为 0，改正前不能提交（产品约定 §3）',
      message: '“{text}”{problem}：{cell}，改正前不能提交',
      problems: { notNumber: '不是数字', broken: '不能填入（{reason}）' },
    },
    {
      id: 'requests.balance',
      kind: 'equation',
      severity: 'error',
      title: '表三各列收支平衡',
      basis: `表三左上角注：${requestsNote}`,
      message: '{scope}：{left}= {leftSum}，{right}= {rightSum}，相差 {diff}',
      equations: balancePerField(requests, {
        left: [{ record: 'received' }, { record: 'carriedOver' }],
        right: [{ record: 'handledTotal' }, { record: 'carriedForward' }],
      }),
    },
    {
      id: 'requests.rowTotal',
      kind: 'sum',
      severity: 'error',
      title: '表三各行总计',
      basis: '表三“总计”列为自然人与法人或其他组织各列之和',
      message: '{scope}：{left}，而各列之和 {right}= {rightSum}，相差 {diff}',
      equations: sumOfFields(requests, 'total'),
    },
    {
      id: 'requests.handledTotal',
      kind: 'sum',
      severity: 'error',
      title: '表三办理结果总计',
      basis: '表三“（七）总计”为（一）至（六）各项办理结果之和',
      message: '{scope}：{left}，而各项办理结果之和 {right}= {rightSum}，相差 {diff}',
      equations: sumOfRecords(requests, {
        total: 'handledTotal',
        from: 'granted',
        to: options.lastResultRow,
      }),
    },
    {
      id: 'appeals.groupTotal',
      kind: 'sum',
      severity: 'error',
      title: '表四各组总计',
      basis: '表四每组“总计”为结果维持、结果纠正、其他结果、尚未审结之和',
      message: '{scope}：{left}，而 {right}= {rightSum}，相差 {diff}',
      equations: sumOfFields(appeals, 'total'),
    },
    {
      id: 'crossYear.carriedOver',
      kind: 'equation',
      severity: 'error',
      title: '上年结转与上年报告一致',
      basis: '本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”',
      message: '{scope}：本年{left}，应等于{right}，相差 {diff}',
      equations: balancePerField(requests, {
        left: [{ record: 'carriedOver' }],
        right: [{ record: 'carriedForward', isPrevious: true }],
      }),
    },
  ];
  if (options.hasInForce) {
    rules.push({
      id: 'crossYear.inForce',
      kind: 'equation',
      severity: 'warning',
      title: '现行有效件数与上年衔接',
      basis:
        '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（修订、清理可能打破此关系，请说明）',
      message: '{scope}：{left}，而{right}= {rightSum}，相差 {diff}',
      equations: balancePerRecord(proactive, {
        records: regulationRecords,
        left: [{ field: 'inForce' }],
        right: [
          { field: 'inForce', isPrevious: true },
          { field: 'issued' },
          { field: 'repealed', sign: -1 },
        ],
      }),
    });
  }
  rules.push(
    {
      id: 'narrative.empty',
      kind: 'nonEmpty',
      severity: 'warning',
      title: '文字部分不为空',
      basis: '《中华人民共和国政府信息公开条例》第五十条；第六部分无事项时写“无。”',
      message: '{section}没有内容{hint}',
      fields: sections.flatMap((section) =>
        section.kind === 'prose'
          ? [
              {
                address: `narrative.${section.id}`,
                label: section.heading,
                ...(section.emptyText === undefined ? {} : { emptyText: section.emptyText }),
              },
            ]
          : [],
      ),
    },
    {
      id: 'narrative.numbers',
      kind: 'narrativeNumbers',
      severity: 'warning',
      title: '文字与表格一致',
      basis: '《中华人民共和国政府信息公开工作年度报告格式》：文字部分与统计表数据应当一致',
      message: '{section}：“{quote}”与表格不符，表格中{label}为 {actual} 件',
      fields: sections.flatMap((section) =>
        section.kind === 'prose'
          ? [{ address: `narrative.${section.id}`, label: section.heading }]
          : [],
      ),
      claims: narrativeClaims(
        sections.flatMap((section) => (section.kind === 'table' ? [section.table] : [])),
      ),
    },
    {
      id: 'agency.regulations',
      kind: 'zeroForLevels',
      severity: 'warning',
      title: '县乡机关无规章',
      basis: '《中华人民共和国立法法》：规章由国务院部门和设区的市以上人民政府制定',
      message: '{level}机关不能制定规章，但规章一行填有非零数字：{values}',
      levels: ['township', 'county'],
      cells: tableCells(proactive)
        .filter((cell) => cell.record === 'regulations')
        .map((cell) => ({ address: cell.address, label: cell.columnLabels.at(-1) ?? cell.field })),
    },
    {
      id: 'publication.late',
      kind: 'deadline',
      severity: 'warning',
      title: '按时发布',
      basis:
        '《中华人民共和国政府信息公开条例》第四十九条；本地规定更早的，以配置的期限为准（产品约定 §5）',
      message: '报告于 {publishedOn} 发布，晚于 {deadline} 的{which}期限',
      deadlines: [
        { levels: ['province', 'city', 'county'], nameEndsWith: '人民政府', month: 3, day: 31 },
      ],
      otherwise: { month: 1, day: 31 },
    },
    ...declareReviewRules(sections, options),
  );
  return rules;
}
