import { cellLabel, type CellDef, type Finding } from '@nianbao/schema';

/** The rules of the importer's own findings; every other finding comes from `validate`. */
export const importRules = {
  blank: 'import.blank',
  unreadable: 'import.unreadable',
  missingTable: 'import.missingTable',
  missingRow: 'import.missingRow',
  noReport: 'import.noReport',
  header: 'import.header',
} as const;

/** True for a finding about reading the page, as against one about the report's content. */
export const isImportFinding = (finding: Pick<Finding, 'rule'>): boolean =>
  Object.values<string>(importRules).includes(finding.rule);

const name = (cell: CellDef) => `${cell.address}（${cellLabel(cell)}）`;

export const blankCell = (cell: CellDef, text: string | undefined): Finding => ({
  rule: importRules.blank,
  severity: 'warning',
  cells: [cell.address],
  message:
    text === undefined
      ? `${name(cell)}：表中没有这一格，按 0 读入`
      : `${name(cell)}：${text.trim() ? `填的是“${text.trim()}”` : '为空'}，按 0 读入`,
});

export const unreadableCell = (cell: CellDef, text: string): Finding => ({
  rule: importRules.unreadable,
  severity: 'error',
  cells: [cell.address],
  message: `${name(cell)}：“${text.trim()}”不能读作${cell.kind === 'amount' ? '金额（万元）' : '数字'}，暂按 0 读入，请核对原文`,
});

export const missingTable = (heading: string, cells: readonly CellDef[]): Finding => ({
  rule: importRules.missingTable,
  severity: 'error',
  cells: cells.map((cell) => cell.address),
  message: `没有找到表格“${heading}”，其中各格按 0 读入`,
});

export const missingRow = (heading: string, cells: readonly CellDef[]): Finding => ({
  rule: importRules.missingRow,
  severity: 'error',
  cells: cells.map((cell) => cell.address),
  message: `表格“${heading}”中没有找到“${cells[0]?.rowLabels.join(' · ') ?? ''}”这一行，其中各格按 0 读入`,
});

export const noReport = (): Finding => ({
  rule: importRules.noReport,
  severity: 'error',
  cells: [],
  message: '没有找到年度报告：既没有报告的章节标题，也没有报告的表格',
});

export const missingHeader = (field: 'year' | 'agency'): Finding => ({
  rule: importRules.header,
  severity: 'warning',
  cells: [],
  message:
    field === 'year'
      ? '标题中没有找到报告年度，已按表格格式的第一个适用年度填写，请核对'
      : '标题中没有找到机关名称，请补填',
});
