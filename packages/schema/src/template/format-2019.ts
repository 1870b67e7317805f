import { appealsTable, proseSections, requestsTable } from './format-2021.js';
import type { BlockDef, ColumnNode, SectionDef } from './types.js';

const basis2019 = '国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》';

const itemColumns = (): readonly ColumnNode[] => [
  { id: 'previousItems', label: '上一年项目数量' },
  { id: 'change', label: '本年增/减', kind: 'signedCount' },
  { id: 'decisions', label: '处理决定数量' },
];

const proactiveBlocks: readonly BlockDef[] = [
  {
    title: '第二十条第（一）项',
    corner: '信息内容',
    columns: [
      { id: 'newlyMade', label: '本年新制作数量' },
      { id: 'newlyPublished', label: '本年新公开数量' },
      { id: 'totalPublished', label: '对外公开总数量' },
    ],
    rows: [
      { id: 'regulations', label: '规章' },
      { id: 'normativeDocuments', label: '规范性文件' },
    ],
  },
  {
    title: '第二十条第（五）项',
    corner: '信息内容',
    columns: itemColumns(),
    rows: [
      { id: 'licensing', label: '行政许可' },
      { id: 'otherServices', label: '其他对外管理服务事项' },
    ],
  },
  {
    title: '第二十条第（六）项',
    corner: '信息内容',
    columns: itemColumns(),
    rows: [
      { id: 'punishment', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
  },
  {
    title: '第二十条第（八）项',
    corner: '信息内容',
    columns: [
      { id: 'previousItems', label: '上一年项目数量' },
      { id: 'change', label: '本年增/减', kind: 'signedCount', span: 2 },
    ],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
  {
    title: '第二十条第（九）项',
    corner: '信息内容',
    columns: [
      { id: 'projects', label: '采购项目数量' },
      // The template prints no unit; nianbao keeps amounts in 万元 as in the 2021 format.
      { id: 'amount', label: '采购总金额', kind: 'amount', span: 2 },
    ],
    rows: [{ id: 'procurement', label: '政府集中采购' }],
  },
];

const prose = proseSections();

/** The six sections of the 2019 trial format (report years 2019–2020), in print order. */
export const sections2019: readonly SectionDef[] = [
  prose.overview,
  {
    id: 'proactive',
    heading: '二、主动公开政府信息情况',
    kind: 'table',
    table: { id: 'proactive', width: 4, basis: basis2019, blocks: proactiveBlocks },
  },
  {
    id: 'requests',
    heading: '三、收到和处理政府信息公开申请情况',
    kind: 'table',
    table: requestsTable({ id: 'otherHandling', label: '（六）其他处理' }, basis2019),
  },
  {
    id: 'appeals',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    kind: 'table',
    table: appealsTable(basis2019),
  },
  { ...prose.problems, heading: '五、政府信息公开工作存在的主要问题及改进情况' },
  prose.other,
];

export { basis2019 };
