import type { Report } from '@nianbao/schema';
import { descendantsOf } from '../auth/permissions.js';
import type { Agency, Repository } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { rollupOf } from '../reports/rollup.js';

/**
 * An agency's own report for `year` started from the sum of the published reports below it:
 * tables filled, prose empty, no `rollup` list. Computed here, never taken from the client.
 */
export async function reportFromRollup(
  repo: Repository,
  { agency, year }: { agency: Agency; year: number },
): Promise<Report> {
  const agencies = await repo.listAgencies();
  // Only published reports are summed, and those anyone may read: no scope narrows the sum.
  const reports = await repo.findReportsIn({
    agencyIds: descendantsOf(agencies, agency.id),
    years: [year],
  });
  const sum = rollupOf({ within: agency, agencies, reports, year });
  if (!sum) throw new ProblemError(422, `没有适用于 ${String(year)} 年度的报告格式`);
  if (sum.rollup.included.length === 0)
    throw new ProblemError(422, `所辖机关 ${String(year)} 年度还没有已发布的报告，无从汇总`);
  const report: Report & { rollup?: unknown } = { ...sum };
  delete report.rollup;
  return report;
}
