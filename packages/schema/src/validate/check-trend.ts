import type { Finding, TrendRule } from '../rules/types.js';
import type { CellIndex } from './cell-values.js';
import { fillMessage, tidy } from './message.js';

interface TrendContext {
  readonly index: CellIndex;
  readonly totalOf: (address: string) => number;
  readonly previousValues?: Float64Array;
  readonly previousName?: string;
}

const changeOf = (value: number, before: number): string =>
  before === 0
    ? '上年为 0'
    : value > before
      ? `是上年的 ${tidy(Math.round((value / before) * 10) / 10)} 倍`
      : `只有上年的 ${Math.round((value / before) * 100)}%`;

/** Counts more than `factor` times (or less than a `factor`th of) last year's, by `minDifference` or more. */
export function checkTrend(rule: TrendRule, context: TrendContext): Finding[] {
  const { previousValues, index } = context;
  if (previousValues === undefined) return [];
  return rule.cells.flatMap((cell) => {
    const i = index.indexOf.get(cell.address);
    const before = i === undefined ? NaN : (previousValues[i] as number);
    const value = context.totalOf(cell.address);
    if (Number.isNaN(before) || Number.isNaN(value)) return [];
    if (Math.abs(value - before) < rule.minDifference) return [];
    if (value <= before * rule.factor && value * rule.factor >= before) return [];
    const message = fillMessage(rule.message, {
      label: cell.label,
      value,
      before,
      previous: context.previousName ?? '上年报告',
      change: changeOf(value, before),
    });
    return [{ rule: rule.id, severity: rule.severity, cells: [cell.address], message }];
  });
}
