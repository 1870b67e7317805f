import { deadlineBy } from '../deadlines/statutory-deadline.js';
import { readNumber, readPath, splitAddress } from '../report/cell-access.js';
import type {
  DeadlineRule,
  Finding,
  NonEmptyRule,
  RuleDef,
  ZeroForLevelsRule,
} from '../rules/types.js';
import { agencyLevelNames, type TemplateDef } from '../template/template.js';
import type { AgencyLevel } from '../template/types.js';
import type { CellIndex } from './cell-values.js';
import { checkInvalidEntries } from './check-invalid-entries.js';
import { checkNarrativeNumbers } from './check-narrative-numbers.js';
import { checkCopiedProse, checkProseCovers } from './check-prose.js';
import { checkTrend } from './check-trend.js';
import { checkEquations } from './check-equations.js';
import { fillMessage } from './message.js';

export interface RuleContext {
  readonly report: unknown;
  readonly template: TemplateDef;
  /** Last year's report, for cross-year rules; they are skipped without it. */
  readonly previous?: unknown;
  readonly index: CellIndex;
  /** The report's cell values by index (see `readCellValues`), and last year's. */
  readonly values: Float64Array;
  readonly previousValues?: Float64Array;
  /** Last year's report as messages name it: “2021年度报告”. */
  readonly previousName?: string;
  /** Cells typed since the report was last sound, most recent last (`ValidateOptions.typed`). */
  readonly typed?: readonly string[];
  /** A local deadline (MM-DD) from the deployment's configuration (contract §5). */
  readonly localDeadline?: string | undefined;
  /** A cell's value with totals computed from their parts (see `totalsReader`). */
  readonly totalOf: (address: string) => number;
}

function checkNonEmpty(rule: NonEmptyRule, { report }: RuleContext): Finding[] {
  return rule.fields.flatMap((field) => {
    const text = readPath(report, field.address.split('.'));
    if (typeof text !== 'string' || text.trim() !== '') return [];
    const hint = field.emptyText ? `；没有需要报告的事项时写“${field.emptyText}”` : '';
    const message = fillMessage(rule.message, { section: field.label, hint });
    return [{ rule: rule.id, severity: rule.severity, cells: [field.address], message }];
  });
}

function checkZeroForLevels(rule: ZeroForLevelsRule, { report }: RuleContext): Finding[] {
  const level = readPath(report, ['agency', 'level']);
  if (!rule.levels.some((l) => l === level)) return [];
  const nonZero = rule.cells.flatMap((cell) => {
    const value = readNumber(report, splitAddress(cell.address));
    return value ? [{ ...cell, value }] : [];
  });
  if (nonZero.length === 0) return [];
  const message = fillMessage(rule.message, {
    level: agencyLevelNames[level as AgencyLevel],
    values: nonZero.map((cell) => `${cell.label}（${cell.value}）`).join('、'),
  });
  return [
    { rule: rule.id, severity: rule.severity, cells: nonZero.map((c) => c.address), message },
  ];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDeadline(rule: DeadlineRule, { report, localDeadline }: RuleContext): Finding[] {
  const publishedOn = readPath(report, ['publishedOn']);
  const year = readPath(report, ['year']);
  const name = readPath(report, ['agency', 'name']);
  const level = readPath(report, ['agency', 'level']);
  if (typeof publishedOn !== 'string' || !isoDate.test(publishedOn) || !Number.isInteger(year))
    return [];
  const agency = { name: typeof name === 'string' ? name : '', level: level as string | undefined };
  const statutory = deadlineBy(rule, agency, Number(year));
  const local = localDeadline && `${Number(year) + 1}-${localDeadline}`;
  const deadline = local && local < statutory ? local : statutory;
  if (publishedOn <= deadline) return [];
  const which = deadline === statutory ? '法定' : '本地规定';
  const message = fillMessage(rule.message, { publishedOn, deadline, which });
  return [{ rule: rule.id, severity: rule.severity, cells: ['publishedOn'], message }];
}

const evaluators: {
  [K in RuleDef['kind']]: (rule: Extract<RuleDef, { kind: K }>, context: RuleContext) => Finding[];
} = {
  sum: checkEquations,
  equation: checkEquations,
  nonEmpty: checkNonEmpty,
  zeroForLevels: checkZeroForLevels,
  deadline: checkDeadline,
  narrativeNumbers: (rule, { report, totalOf }) => checkNarrativeNumbers(rule, report, totalOf),
  invalidEntry: (rule, { report, template }) => checkInvalidEntries(rule, report, template),
  proseCovers: (rule, { report }) => checkProseCovers(rule, report),
  copiedProse: checkCopiedProse,
  trend: checkTrend,
};

/** The findings of one rule over a report (and last year's, for cross-year rules). */
export function evaluateRule(rule: RuleDef, context: RuleContext): Finding[] {
  return (evaluators[rule.kind] as (rule: RuleDef, context: RuleContext) => Finding[])(
    rule,
    context,
  );
}
