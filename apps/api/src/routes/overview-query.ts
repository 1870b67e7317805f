import { z } from '@hono/zod-openapi';
import { reportingYear, reportStatuses } from '@nianbao/schema';
import { inScope, scopeOf } from '../auth/permissions.js';
import type { Repository, User } from '../db/repository.js';
import { ReportYearQuery } from '../http/schemas.js';
import { countRows, overviewRows } from '../reports/overview.js';
import { progressSorts, withDeadlines, type ProgressRow } from '../reports/progress.js';
import { effectivePacks, packLookup, type RulePacks } from '../reports/rule-packs.js';
import { todayInChina } from '../reports/today-in-china.js';

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The 填报进度 filters and order, shared by the page's answer and its export. */
export const progressFilters = {
  year: ReportYearQuery.optional().openapi({
    description: '报告年度；缺省为当前填报的年度（11 月起为当年，此前为上一年）',
  }),
  status: z.enum([...reportStatuses, 'missing']).optional(),
  overdue: booleanQuery.optional(),
  withErrors: booleanQuery.optional(),
  sort: z.enum(progressSorts).default('tree').openapi({
    description:
      'tree 按机关层级；status 待审核在前；overdue 逾期在前；errors 错误多的在前；daysLeft 剩余天数少的在前；name 按名称',
  }),
};

/** Every agency in the user's charge with its report, findings and deadline for a year. */
export async function loadProgress(
  repo: Repository,
  request: { user: User; packs: RulePacks; year: number | undefined },
): Promise<{ year: number; today: string; rows: ProgressRow[]; counts: ProgressCounts }> {
  const today = todayInChina();
  const year = request.year ?? reportingYear(today);
  const scope = await scopeOf(repo, request.user);
  const everyAgency = await repo.listAgencies();
  const agencies = everyAgency.filter((agency) => inScope(scope, agency.id));
  const reports = await repo.findReportsIn({
    agencyIds: agencies.map((agency) => agency.id),
    years: [year, year - 1],
  });
  // Ancestors outside the user's scope still name the subtree a pack applies to.
  const packOf = packLookup(await effectivePacks(repo, request.packs), everyAgency);
  const rows = withDeadlines(overviewRows({ agencies, reports, year, packOf }), {
    year,
    today,
    packOf,
  });
  const counts = { ...countRows(rows), overdue: rows.filter((row) => row.overdue).length };
  return { year, today, rows, counts };
}

export type ProgressCounts = ReturnType<typeof countRows> & { overdue: number };
