import { readNumber, readPath, splitAddress } from '../report/cell-access.js';
import type {
  DeadlineRule,
  Equation,
  EquationRule,
  Finding,
  NonEmptyRule,
  RuleDef,
  SumRule,
  Term,
  ZeroForLevelsRule,
} from '../rules/types.js';
import { agencyLevelNames } from '../template/template.js';
import type { AgencyLevel } from '../template/types.js';
import { fillMessage, renderTerms, tidy } from './message.js';

export interface RuleContext {
  readonly report: unknown;
  /** Last year's report, for cross-year rules; they are skipped without it. */
  readonly previous?: unknown;
}

const termPaths = new WeakMap<Term, readonly string[]>();
const pathOf = (term: Term): readonly string[] => {
  let path = termPaths.get(term);
  if (!path) termPaths.set(term, (path = splitAddress(term.address)));
  return path;
};

function readSide(terms: readonly Term[], context: RuleContext): number[] | undefined {
  const values: number[] = [];
  for (const term of terms) {
    const source = term.isPrevious ? context.previous : context.report;
    const value = source === undefined ? undefined : readNumber(source, pathOf(term));
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

const sumOf = (terms: readonly Term[], values: readonly number[]): number =>
  tidy(terms.reduce((sum, term, i) => sum + term.sign * (values[i] ?? 0), 0));

function checkEquation(
  rule: SumRule | EquationRule,
  equation: Equation,
  context: RuleContext,
): Finding[] {
  const left = readSide(equation.left, context);
  const right = readSide(equation.right, context);
  if (!left || !right) return [];
  const leftSum = sumOf(equation.left, left);
  const rightSum = sumOf(equation.right, right);
  if (leftSum === rightSum) return [];
  const cells = [...equation.left, ...equation.right]
    .filter((t) => !t.isPrevious)
    .map((t) => t.address);
  return [
    {
      rule: rule.id,
      severity: rule.severity,
      cells: [...new Set(cells)],
      message: fillMessage(rule.message, {
        scope: equation.scope,
        left: renderTerms(equation.left, left),
        right: renderTerms(equation.right, right),
        leftSum,
        rightSum,
        diff: tidy(Math.abs(leftSum - rightSum)),
      }),
    },
  ];
}

const checkEquations = (rule: SumRule | EquationRule, context: RuleContext): Finding[] =>
  rule.equations.flatMap((equation) => checkEquation(rule, equation, context));

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
const twoDigits = (n: number): string => String(n).padStart(2, '0');

function checkDeadline(rule: DeadlineRule, { report }: RuleContext): Finding[] {
  const publishedOn = readPath(report, ['publishedOn']);
  const year = readPath(report, ['year']);
  const level = readPath(report, ['agency', 'level']);
  if (typeof publishedOn !== 'string' || !isoDate.test(publishedOn) || !Number.isInteger(year))
    return [];
  const { month, day } =
    rule.deadlines.find((d) => d.levels.some((l) => l === level)) ?? rule.otherwise;
  const deadline = `${Number(year) + 1}-${twoDigits(month)}-${twoDigits(day)}`;
  if (publishedOn <= deadline) return [];
  const message = fillMessage(rule.message, { publishedOn, deadline });
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
};

/** The findings of one rule over a report (and last year's, for cross-year rules). */
export function evaluateRule(rule: RuleDef, context: RuleContext): Finding[] {
  return (evaluators[rule.kind] as (rule: RuleDef, context: RuleContext) => Finding[])(
    rule,
    context,
  );
}
