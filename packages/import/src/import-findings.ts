import { cellLabel, type CellDef, type Finding, type Severity } from '@nianbao/schema';

/** One of the importer's own rules: its id, severity and, in English, what its findings report. */
export interface ImportRule {
  readonly id: string;
  readonly severity: Severity;
  readonly checks: string;
}

// The importer's own rules; every other finding comes from `validate`.
const rules = {
  blank: {
    id: 'import.blank',
    severity: 'warning',
    checks: 'a cell is blank or missing from its row; read as 0',
  },
  unreadable: {
    id: 'import.unreadable',
    severity: 'error',
    checks: 'a cell cannot be read as a number or amount; kept as printed in `invalidEntries`',
  },
  missingTable: {
    id: 'import.missingTable',
    severity: 'error',
    checks: 'a table of the format is not in the document; its cells are written as 0',
  },
  missingRow: {
    id: 'import.missingRow',
    severity: 'error',
    checks: 'a row of a found table is missing; its cells are written as 0',
  },
  rowCount: {
    id: 'import.rowCount',
    severity: 'error',
    checks:
      'a row printed more or fewer numbers than it has cells, without positions to place them; its cells are written as 0',
  },
  unreadTable: {
    id: 'import.unreadTable',
    severity: 'error',
    checks:
      'a table’s rows were found but none of its numbers could be read; its cells are written as 0',
  },
  header: {
    id: 'import.header',
    severity: 'warning',
    checks: 'the title names no year or no agency (the year then falls back to the format’s first)',
  },
} as const satisfies Record<string, ImportRule>;

/** The importer's rules, in the order a reader meets them, for documentation and lists. */
export const importRuleCatalog: readonly ImportRule[] = Object.values(rules);

/** True for a finding about reading the page, as against one about the report's content. */
export const isImportFinding = (finding: Pick<Finding, 'rule'>): boolean =>
  importRuleCatalog.some((r) => r.id === finding.rule);

/** True for a blank cell read as 0: a warning callers may count rather than list. */
export const isBlankCellFinding = (finding: Pick<Finding, 'rule'>): boolean =>
  finding.rule === rules.blank.id;

const name = (cell: CellDef) => `${cell.address}（${cellLabel(cell)}）`;

export const blankCell = (cell: CellDef, text: string | undefined): Finding => ({
  rule: rules.blank.id,
  severity: rules.blank.severity,
  cells: [cell.address],
  message:
    text === undefined
      ? `${name(cell)}：表中没有这一格，按 0 读入`
      : `${name(cell)}：${text.trim() ? `填的是“${text.trim()}”` : '为空'}，按 0 读入`,
});

export const unreadableCell = (cell: CellDef, text: string): Finding => ({
  rule: rules.unreadable.id,
  severity: rules.unreadable.severity,
  cells: [cell.address],
  message: `${name(cell)}：“${text.trim()}”不能读作${cell.kind === 'amount' ? '金额（万元）' : '数字'}，已照原样保留（不计为 0），请核对原文`,
});

export const missingTable = (heading: string, cells: readonly CellDef[]): Finding => ({
  rule: rules.missingTable.id,
  severity: rules.missingTable.severity,
  cells: cells.map((cell) => cell.address),
  message: `没有找到表格“${heading}”，其中各格按 0 读入`,
});

export const missingRow = (heading: string, cells: readonly CellDef[]): Finding => ({
  rule: rules.missingRow.id,
  severity: rules.missingRow.severity,
  cells: cells.map((cell) => cell.address),
  message: `表格“${heading}”中没有找到“${cells[0]?.rowLabels.join(' · ') ?? ''}”这一行，其中各格按 0 读入`,
});

export const rowCount = (heading: string, cells: readonly CellDef[], count: number): Finding => ({
  rule: rules.rowCount.id,
  severity: rules.rowCount.severity,
  cells: cells.map((cell) => cell.address),
  message: `表格“${heading}”中“${cells[0]?.rowLabels.join(' · ') ?? ''}”这一行有 ${count} 个数，应为 ${cells.length} 个，无法对应到各格，其中各格按 0 读入，请核对原文`,
});

export const unreadTable = (heading: string, cells: readonly CellDef[]): Finding => ({
  rule: rules.unreadTable.id,
  severity: rules.unreadTable.severity,
  cells: cells.map((cell) => cell.address),
  message: `表格“${heading}”找到了各行，但没有读出其中任何数字，各格按 0 读入，请核对原文`,
});

/** Why a document is not read at all: it has neither a report's headings nor its tables. */
export const noReportMessage = '没有找到年度报告：既没有报告的章节标题，也没有报告的表格';

export const missingHeader = (field: 'year' | 'agency'): Finding => ({
  rule: rules.header.id,
  severity: rules.header.severity,
  cells: [],
  message:
    field === 'year'
      ? '标题中没有找到报告年度，已按表格格式的第一个适用年度填写，请核对'
      : '标题中没有找到机关名称，请补填',
});
