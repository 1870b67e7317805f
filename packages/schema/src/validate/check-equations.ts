import type { EquationRule, Finding, FindingFix, SumRule } from '../rules/types.js';
import type { CellIndex } from './cell-values.js';
import {
  sideValues,
  sumSide,
  type CompiledEquation,
  compileEquations,
} from './compiled-equation.js';
import { fillMessage, renderTerms, tidy } from './message.js';

export interface EquationContext {
  readonly index: CellIndex;
  readonly values: Float64Array;
  readonly previousValues?: Float64Array;
  readonly previousName?: string;
  /** Cells typed since the report was last sound, most recent last (the editor's edit order). */
  readonly typed?: readonly string[];
}

/** The finding's cells that were typed, most recent first. */
export function suspectsOf(cells: readonly string[], typed: readonly string[] = []): string[] {
  const suspects: string[] = [];
  for (let i = typed.length - 1; i >= 0; i--) {
    const cell = typed[i] as string;
    if (cells.includes(cell) && !suspects.includes(cell)) suspects.push(cell);
  }
  return suspects;
}

/** With one suspect, the value that makes the equation hold, if it is a count a cell may hold. */
function fixOf(
  compiled: CompiledEquation,
  suspect: string,
  gap: number,
  values: Float64Array,
  index: CellIndex,
): FindingFix | undefined {
  const { equation } = compiled;
  const terms = [
    ...equation.left.map((t) => ({ ...t, side: 1 })),
    ...equation.right.map((t) => ({ ...t, side: -1 })),
  ].filter((t) => t.address === suspect && !t.isPrevious);
  if (terms.length !== 1) return undefined;
  const [term] = terms as [(typeof terms)[number]];
  const i = index.indexOf.get(suspect);
  if (i === undefined) return undefined;
  // gap = left − right; this term contributes side × sign × value to it.
  const value = tidy((values[i] as number) - gap / (term.side * term.sign));
  return value >= 0 && Number.isInteger(value) ? { cell: suspect, value } : undefined;
}

function checkEquation(
  rule: SumRule | EquationRule,
  compiled: CompiledEquation,
  context: EquationContext,
): Finding | undefined {
  const { values, previousValues } = context;
  const [leftSigns, rightSigns] = compiled.signs;
  const [leftPrevious, rightPrevious] = compiled.previous;
  const leftSum = sumSide(compiled.left, leftSigns, leftPrevious, values, previousValues);
  const rightSum = sumSide(compiled.right, rightSigns, rightPrevious, values, previousValues);
  // NaN (a cell without a number) compares unequal to itself: leave such cells to the schema.
  if (leftSum === rightSum || Number.isNaN(leftSum) || Number.isNaN(rightSum)) return undefined;
  const { equation } = compiled;
  const cells = [
    ...new Set(
      [...equation.left, ...equation.right].filter((t) => !t.isPrevious).map((t) => t.address),
    ),
  ];
  const suspects = suspectsOf(cells, context.typed);
  const fix =
    suspects.length === 1
      ? fixOf(compiled, suspects[0] as string, leftSum - rightSum, values, context.index)
      : undefined;
  const name = context.previousName;
  const message = fillMessage(rule.message, {
    scope: equation.scope,
    left: renderTerms(
      equation.left,
      sideValues(compiled.left, leftPrevious, values, previousValues),
      name,
    ),
    right: renderTerms(
      equation.right,
      sideValues(compiled.right, rightPrevious, values, previousValues),
      name,
    ),
    leftSum,
    rightSum,
    diff: tidy(Math.abs(leftSum - rightSum)),
  });
  return {
    rule: rule.id,
    severity: rule.severity,
    cells,
    message,
    ...(suspects.length > 0 ? { suspects } : {}),
    ...(fix ? { fix } : {}),
  };
}

/**
 * One finding per broken equation of a rule; the 总计 column's equation, which breaks whenever
 * another column's does, is reported only when it breaks alone.
 */
export function checkEquations(rule: SumRule | EquationRule, context: EquationContext): Finding[] {
  const findings: Finding[] = [];
  const consequences: Finding[] = [];
  for (const compiled of compileEquations(rule.equations, context.index)) {
    if (compiled.needsPrevious && context.previousValues === undefined) continue;
    const found = checkEquation(rule, compiled, context);
    if (found) (compiled.equation.isConsequence ? consequences : findings).push(found);
  }
  return findings.length > 0 ? findings : consequences;
}
