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
 * Renders a side of an equation as `一（3）+ 二（0）` (the full-width brackets give the spacing). A long side shows only its non-zero
 * terms, so a 22-term sum stays readable.
 */
export function renderTerms(terms: readonly Term[], values: readonly number[]): string {
  const shown = terms
    .map((term, i) => ({ term, value: values[i] ?? 0 }))
    .filter(({ value }) => terms.length <= longSide || value !== 0);
  if (shown.length === 0) return '（各项均为 0）';
  const text = shown
    .map(({ term, value }, i) => {
      const operator = term.sign < 0 ? '− ' : i === 0 ? '' : '+ ';
      return `${operator}${term.label}（${value}）`;
    })
    .join('');
  return shown.length < terms.length ? `${text}（其余为 0）` : text;
}
