import { reportSchemaFor } from '../report/report-schema.js';
import { compileShapeCheck } from '../report/shape-check.js';
import type { Finding } from '../rules/types.js';
import type { TemplateDef } from '../template/template.js';
import { templateFor, templates } from '../template/templates.js';
import { cellIndexOf, readCellValues, withoutInvalidEntries } from './cell-values.js';
import { invalidEntriesOf } from './check-invalid-entries.js';
import { markAccepted } from './accepted-warnings.js';
import { suspectsOf } from './check-equations.js';
import { inDocumentOrder } from './document-order.js';
import { evaluateRule } from './evaluate-rule.js';
import { totalsReader, withoutUncountedTotals } from './totals-from-values.js';
import { schemaFinding, schemaFindings } from './schema-findings.js';

const shapeChecks = new Map(
  templates.map((template) => [template, compileShapeCheck(template, cellIndexOf(template))]),
);

/** What `validate` may compare a report with. */
export interface ValidateOptions {
  /** Last year's report, for the cross-year rules. */
  readonly previous?: unknown;
  /**
   * Cells typed since the report was last sound, most recent last (the editor knows the edit
   * order): findings name those of their cells as `suspects`, and offer a `fix` when it is certain.
   */
  readonly typed?: readonly string[];
  /** A deployment's rule pack for the report's agency: warnings switched `off` (errors stay). */
  readonly rules?: Readonly<Record<string, 'off' | 'warning'>>;
  /** A local deadline (MM-DD) for `publication.late`, used when earlier than the statutory one. */
  readonly deadline?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function formatFindings(report: unknown): { template?: TemplateDef; findings: Finding[] } {
  if (!isObject(report)) return { findings: [schemaFinding('', '应为一个 JSON 对象')] };
  const template = templateFor(report.format);
  if (template) return { template, findings: [] };
  const known = templates.map((t) => `"${t.format}"`).join('、');
  const problem =
    report.format === undefined
      ? `缺少此字段（可用 ${known}）`
      : `不支持的格式 ${JSON.stringify(report.format)}，可用 ${known}`;
  return { findings: [schemaFinding('format', problem)] };
}

/** Last year's report as messages name it: “2021年度报告”. */
const previousNameOf = (previous: unknown): string =>
  isObject(previous) && Number.isInteger(previous.year)
    ? `${String(previous.year)}年度报告`
    : '上年报告';

/**
 * Checks a report against its format's schema and every rule of that format.
 * Accepts any value: structural problems are findings of rule `schema`, never exceptions.
 * @example validate(report, { previous: lastYear }).filter((f) => f.severity === 'error')
 */
export function validate(report: unknown, options: ValidateOptions = {}): Finding[] {
  const { template, findings } = formatFindings(report);
  if (!template) return findings;
  // zod explains what is wrong; the compiled check answers the common case, a sound report, fast.
  const index = cellIndexOf(template);
  const values = readCellValues(index, report);
  const parsed = shapeChecks.get(template)?.(report, values)
    ? undefined
    : reportSchemaFor(template).safeParse(report, { reportInput: true });
  // A cell whose entry is kept as typed has no number the rules may count (contract §3).
  const invalid = invalidEntriesOf(report, template);
  const counted =
    invalid.length === 0
      ? values
      : withoutUncountedTotals(template, index, withoutInvalidEntries(values, index, invalid));
  const totalOf = totalsReader(template, index, counted);
  const base = {
    report,
    template,
    index,
    values: counted,
    totalOf,
    typed: options.typed,
    localDeadline: options.deadline,
  };
  const context =
    options.previous === undefined
      ? base
      : {
          ...base,
          previous: options.previous,
          previousValues: readCellValues(index, options.previous),
          previousName: previousNameOf(options.previous),
        };
  const all = parsed?.success === false ? schemaFindings(parsed.error.issues, template) : [];
  for (const rule of template.rules) {
    if (rule.severity === 'warning' && options.rules?.[rule.id] === 'off') continue;
    const found = evaluateRule(rule, context);
    if (found.length > 0) all.push(...found);
  }
  const suspected =
    options.typed === undefined ? all : all.map((f) => withSuspects(f, options.typed));
  return markAccepted(report, inDocumentOrder(template, suspected));
}

/** A finding naming its typed cells as suspects (equations name theirs when they find them). */
const withSuspects = (finding: Finding, typed: readonly string[] = []): Finding => {
  if (finding.suspects) return finding;
  const suspects = suspectsOf(finding.cells, typed);
  return suspects.length > 0 ? { ...finding, suspects } : finding;
};

/**
 * The structural findings alone (rule `schema`: missing or unknown fields, wrong types, a format
 * that does not fit the year), with the rules of the tables left unchecked: what a store refuses.
 * @example structuralFindings({ format: '2021' }).length > 0 // true: every field is missing
 */
export function structuralFindings(report: unknown): Finding[] {
  const { template, findings } = formatFindings(report);
  if (!template) return findings;
  const values = readCellValues(cellIndexOf(template), report);
  if (shapeChecks.get(template)?.(report, values)) return [];
  const parsed = reportSchemaFor(template).safeParse(report, { reportInput: true });
  return parsed.success ? [] : schemaFindings(parsed.error.issues, template);
}

/** True when no finding is an error (warnings allowed). */
export const isPublishable = (findings: readonly Finding[]): boolean =>
  findings.every((finding) => finding.severity !== 'error');
