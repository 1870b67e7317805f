import { cellKindRules } from '../report/cell-kinds.js';
import { emptyReport } from '../report/empty-report.js';
import type { Report, TableValues } from '../report/report.js';
import { tableCells } from '../template/cells.js';
import { tablesOf, type TemplateDef } from '../template/template.js';
import { cellIndexOf, readCellValues, type CellIndex } from '../validate/cell-values.js';
import { templateFor } from '../template/templates.js';
import type { AgencyLevel } from '../template/types.js';
import { RollupError, type Rollup, type RollupSource } from './rollup.js';

/** A report that is the sum of others, with what it summed. */
export type RolledUpReport = Report & { rollup: Rollup };

/** The inputs of `sumReports`: the summing body, the reports with their sources, and who is missing. */
export interface SumReportsInput {
  readonly agency: { readonly name: string; readonly level?: AgencyLevel };
  readonly reports: readonly { readonly report: Report; readonly source: RollupSource }[];
  readonly missing?: readonly string[];
  /** Year and format when there may be no report to take them from. */
  readonly year?: number;
  readonly format?: string;
}

type Tables = Record<string, TableValues>;

/** Per cell of the index, 10 to the power of its kind's decimals: sums run in those units. */
function scalesOf(template: TemplateDef, index: CellIndex): Float64Array {
  const scales = new Float64Array(index.size).fill(1);
  for (const table of tablesOf(template))
    for (const cell of tableCells(table)) {
      const i = index.indexOf.get(cell.address);
      if (i !== undefined) scales[i] = 10 ** cellKindRules[cell.kind].maxDecimals;
    }
  return scales;
}

function commonValue<T>(values: readonly T[], given: T | undefined, what: string): T {
  const distinct = [...new Set(given === undefined ? values : [given, ...values])];
  if (distinct.length > 1)
    throw new RollupError(`汇总的报告须为同一${what}，现有：${distinct.join('、')}`);
  const [value] = distinct;
  if (value === undefined) throw new RollupError(`没有可汇总的报告，也未指定${what}`);
  return value;
}

/**
 * Sums every cell of the tables over `reports` into one report of their year and format
 * (product contract §5). Amounts are summed in millionths of a 万元, so the sum is exact to the
 * template's 6 decimals; prose is left empty for the summing body to write.
 * @throws RollupError when the reports' years or formats differ, or nothing gives them.
 */
export function sumReports(input: SumReportsInput): RolledUpReport {
  const reports = input.reports.map((entry) => entry.report);
  const year = commonValue(
    reports.map((r) => r.year),
    input.year,
    '年度',
  );
  const format = commonValue(
    reports.map((r) => r.format),
    input.format,
    '格式',
  );
  const template = templateFor(format);
  if (!template) throw new RollupError(`不认识的报告格式：${format}`);
  const sum = emptyReport(template, { year, agency: { ...input.agency } });
  const index = cellIndexOf(template);
  const scales = scalesOf(template, index);
  const units = new Float64Array(index.size);
  for (const report of reports) {
    const values = readCellValues(index, report);
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      if (Number.isFinite(value))
        units[i] = (units[i] as number) + Math.round(value * (scales[i] as number));
    }
  }
  const target = sum as unknown as Tables;
  for (const { table, records } of index.tables)
    for (const { record, fields, first } of records) {
      const row = ((target[table] ??= {})[record] ??= {});
      fields.forEach(
        (field, i) => (row[field] = (units[first + i] as number) / (scales[first + i] as number)),
      );
    }
  return {
    ...sum,
    rollup: {
      included: input.reports.map((entry) => ({ ...entry.source })),
      missing: [...(input.missing ?? [])],
    },
  };
}
