import { rollupFigures, templateForYear } from '@nianbao/schema';
import { rollupOf } from '../reports/rollup.js';
import type { RollupSubject } from './rollup-subject.js';

/** One year of the roll-up's history: how many units reported, received and outcomes. */
export interface HistoryYear {
  year: number;
  included: number;
  missing: number;
  received: number;
  outcomes: number[];
}

/** The years a history covers: `year` and up to `count - 1` before it that a format covers. */
export const historyYears = (year: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => year - count + 1 + i).filter(
    (y) => templateForYear(y) !== undefined,
  );

/** The roll-up's figures per year, oldest first; the outcome labels are the latest year's. */
export function rollupHistory(
  subject: RollupSubject,
  years: number[],
): { outcomeLabels: string[]; years: HistoryYear[] } {
  let outcomeLabels: string[] = [];
  const rows = years.flatMap((year) => {
    const template = templateForYear(year);
    const sum = rollupOf({ ...subject, year });
    const figures = template && sum ? rollupFigures(template, sum) : undefined;
    if (!sum || !figures) return [];
    outcomeLabels = figures.outcomes.map((o) => o.label);
    return [
      {
        year,
        included: sum.rollup.included.length,
        missing: sum.rollup.missing.length,
        received: figures.received,
        outcomes: figures.outcomes.map((o) => o.value),
      },
    ];
  });
  return { outcomeLabels, years: rows };
}
