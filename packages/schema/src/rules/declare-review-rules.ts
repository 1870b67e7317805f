import { tableCells } from '../template/cells.js';
import { fieldName, recordFullName } from '../template/names.js';
import type { SectionDef, TableDef } from '../template/types.js';
import type { RuleDef } from './types.js';

const proseField = (sections: readonly SectionDef[], id: string) => {
  const section = sections.find((s) => s.kind === 'prose' && s.id === id);
  if (!section) throw new Error(`no prose section ${id}`);
  return { address: `narrative.${id}`, label: section.heading };
};

const supervisionBasis = '各地政务公开工作年度报告评查通知与评分细则';

/** Counts whose jump from last year a reviewer asks about (contract §3 `trend.jump`). */
const trendCells = [
  'requests.received.total',
  'proactive.licensing.decisions',
  'proactive.punishment.decisions',
];

/**
 * The checks a supervising office scores besides the tables' identities (contract §3):
 * copied prose, a 五 without 改进措施, a 六 without 信息处理费, 总体情况's five aspects, jumps.
 */
export function declareReviewRules(
  sections: readonly SectionDef[],
  options: { hasInfoFees: boolean },
): RuleDef[] {
  const cells = sections
    .flatMap((s) => (s.kind === 'table' ? [s.table] : ([] as TableDef[])))
    .flatMap(tableCells);
  const prose = sections.flatMap((s) => (s.kind === 'prose' ? [`narrative.${s.id}`] : []));
  const rules: RuleDef[] = [
    {
      id: 'narrative.copied',
      kind: 'copiedProse',
      severity: 'warning',
      title: '文字部分不照抄上年',
      basis: `${supervisionBasis}：年度报告内容与上年雷同的扣分`,
      message: '{section}与{previous}的同一部分 {percent}% 相同，请按本年度的情况撰写',
      fields: [proseField(sections, 'overview'), proseField(sections, 'problems')],
      threshold: 0.9,
    },
    {
      id: 'narrative.problemsMissing',
      kind: 'proseCovers',
      severity: 'warning',
      title: '写明存在的问题和改进措施',
      basis: `${supervisionBasis}：第五部分只写“无”或未提出改进措施的扣分`,
      message: '{section}没有写{missing}',
      field: proseField(sections, 'problems'),
      alsoIn: [],
      topics: [
        { label: '改进措施', pattern: '改进|整改|措施|举措|下一步|今后|将(?:进一步|继续|持续)' },
      ],
    },
  ];
  if (options.hasInfoFees) {
    rules.push({
      id: 'narrative.feesMissing',
      kind: 'proseCovers',
      severity: 'warning',
      title: '写明信息处理费',
      basis: '国办公开办函〔2021〕30号：第六部分报告收取信息处理费的情况（未收取的写 0）',
      message: '{section}没有写明{missing}（未收取的写“收取信息处理费0元”）',
      field: proseField(sections, 'other'),
      alsoIn: prose.filter((address) => address !== 'narrative.other'),
      topics: [{ label: '信息处理费的收取情况', pattern: '信息处理费|收费|收取[^。；]{0,12}费' }],
    });
  }
  rules.push(
    {
      id: 'narrative.overviewAspects',
      kind: 'proseCovers',
      severity: 'warning',
      title: '总体情况五个方面齐全',
      basis:
        '国办公开办函〔2021〕30号：总体情况从主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面报告',
      message: '{section}没有写到：{missing}',
      field: proseField(sections, 'overview'),
      alsoIn: [],
      topics: [
        { label: '主动公开', pattern: '主动公开' },
        { label: '依申请公开', pattern: '依申请|公开申请' },
        { label: '政府信息管理', pattern: '信息管理|保密审查|公开属性' },
        { label: '平台建设', pattern: '平台|网站|新媒体' },
        { label: '监督保障', pattern: '监督保障|监督检查|考核|培训|问责|督查|责任追究' },
      ],
    },
    {
      id: 'trend.jump',
      kind: 'trend',
      severity: 'warning',
      title: '与上年相比无异常变化',
      basis: `${supervisionBasis}：数据与上年相比变化异常且未说明的扣分`,
      message: '{label}本年为 {value}，{previous}为 {before}，{change}，请核实或在文字部分说明',
      cells: trendCells.flatMap((address) => {
        const cell = cells.find((c) => c.address === address);
        return cell ? [{ address, label: `${recordFullName(cell)}（${fieldName(cell)}）` }] : [];
      }),
      factor: 3,
      minDifference: 20,
    },
  );
  return rules;
}
