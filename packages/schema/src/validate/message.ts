import { cellKindRules } from '../report/cell-kinds.js';
import type { Term } from '../rules/types.js';

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fillMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const scale = 10 ** cellKindRules.amount.maxDecimals;

/** Sums without binary noise: amounts have at most `cellKindRules.amount.maxDecimals` decimals. */
export const tidy = (value: number): number => Math.round(value * scale) / scale;

const longSide = 6;

/**
 * Renders a side of an equation as `一、本年新收…（3）+ 二、上年结转…（0）` (the full-width brackets
 * give the spacing), last year's terms named by `previousName` (“2021年度报告”). A side of more
 * than six terms (the 21 results of 三) renders empty: the message names it and shows its sum.
 */
export function renderTerms(
  terms: readonly Term[],
  values: readonly number[],
  previousName = '上年报告',
): string {
  if (terms.length > longSide) return '';
  return terms
    .map((term, i) => {
      const operator = term.sign < 0 ? '− ' : i === 0 ? '' : '+ ';
      const label = term.isPrevious ? `${previousName} ${term.label}` : term.label;
      return `${operator}${label}（${values[i] ?? 0}）`;
    })
    .join('');
}
