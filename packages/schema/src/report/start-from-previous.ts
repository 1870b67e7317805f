import type { AgencyLevel } from '../template/types.js';
import { templates } from '../template/templates.js';
import { isYearOf } from '../template/supported-years.js';
import type { TemplateDef } from '../template/template.js';
import { readNumber, splitAddress } from './cell-access.js';
import { emptyReport } from './empty-report.js';
import type { Report, TableValues } from './report.js';

/** The format that applies to a report year (the newest whose years include it). */
export function templateForYear(year: number): TemplateDef | undefined {
  return templates.find((template) => isYearOf(template, year));
}

/** Copies last year's prose into the sections both formats share, listing them in `fromLastYear`. */
function copyProse(report: Report, previous: Report): void {
  const copied: string[] = [];
  for (const section of Object.keys(report.narrative)) {
    const text = previous.narrative[section];
    if (typeof text !== 'string' || text.trim() === '') continue;
    report.narrative[section] = text;
    copied.push(`narrative.${section}`);
  }
  if (copied.length > 0) report.fromLastYear = copied;
}

/**
 * A new report for the year after `previous`, with every cell that a cross-year rule ties to
 * last year already carried (上年结转 from 结转下年度, 现行有效件数 from last year's) and last
 * year's prose copied, marked in `fromLastYear` until edited (see `markProseEdited`).
 * @example startFromPrevious(report2021).requests.carriedOver // = report2021.requests.carriedForward
 */
export function startFromPrevious(
  previous: Report,
  agency: { name: string; level?: AgencyLevel } = previous.agency,
): Report {
  const year = previous.year + 1;
  const template = templateForYear(year);
  if (!template) throw new RangeError(`没有适用于 ${year} 年度的格式`);
  const report = emptyReport(template, { year, agency });
  const tables = report as unknown as Record<string, TableValues>;
  for (const rule of template.rules) {
    if (rule.kind !== 'equation') continue;
    for (const { left, right } of rule.equations) {
      const [target, ...others] = left;
      if (!target || others.length > 0 || !right.some((term) => term.isPrevious)) continue;
      // This year's own terms are still 0, so the carried value is last year's part alone.
      const carried = right
        .filter((term) => term.isPrevious)
        .reduce(
          (sum, term) => sum + term.sign * (readNumber(previous, splitAddress(term.address)) ?? 0),
          0,
        );
      const [table, record, field] = splitAddress(target.address);
      const row = tables[table]?.[record];
      if (row && field in row) row[field] = Math.max(0, carried);
    }
  }
  copyProse(report, previous);
  return report;
}

/** The report with a prose section no longer marked as last year's, once someone edits it. */
export function markProseEdited(report: Report, address: string): Report {
  if (!report.fromLastYear?.includes(address)) return report;
  const rest = report.fromLastYear.filter((a) => a !== address);
  const copy: Report = { ...report, fromLastYear: rest };
  if (rest.length === 0) delete copy.fromLastYear;
  return copy;
}
