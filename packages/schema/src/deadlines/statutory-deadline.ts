import type { DeadlineRule } from '../rules/types.js';
import { templateForYear } from '../report/start-from-previous.js';

/** The agency a deadline is for: its name and, when known, its level. */
export interface DeadlineAgency {
  readonly name: string;
  readonly level?: string | null;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The ISO date by which `agency` must publish its report on `year`, by one deadline rule. */
export function deadlineBy(rule: DeadlineRule, agency: DeadlineAgency, year: number): string {
  const { month, day } =
    rule.deadlines.find(
      (d) =>
        d.levels.some((level) => level === agency.level) &&
        (d.nameEndsWith === undefined || agency.name.trim().endsWith(d.nameEndsWith)),
    ) ?? rule.otherwise;
  return `${String(year + 1)}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * The statutory date (ISO, e.g. `2023-01-31`) by which `agency` must publish its report on
 * `year`: 31 January, or 31 March for a government (人民政府) at county level or above
 * (条例 第四十九条; product contract §2). Undefined when no format covers `year`.
 */
export function statutoryDeadline(agency: DeadlineAgency, year: number): string | undefined {
  const rule = templateForYear(year)?.rules.find((r): r is DeadlineRule => r.kind === 'deadline');
  return rule && deadlineBy(rule, agency, year);
}
