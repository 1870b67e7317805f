import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { reportStatuses, type ReportStatus } from '@nianbao/schema';
import { inScope, requireUser, scopeOf } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import {
  AgencySchema,
  ReportSummarySchema,
  jsonContent,
  problemResponses,
  ReportYearQuery,
} from '../http/schemas.js';
import { countRows, overviewRows } from '../reports/overview.js';
import { summaryOf } from '../db/report-store.js';

const count = z.int().min(0);
const statusCounts = Object.fromEntries(reportStatuses.map((status) => [status, count])) as Record<
  ReportStatus,
  typeof count
>;

const OverviewSchema = z
  .object({
    year: z.int(),
    counts: z
      .object({ missing: count, ...statusCounts, withErrors: count })
      .openapi({ description: '各状态的机关数；missing 为尚未新建，withErrors 为有错误的报告' }),
    rows: z.array(
      z.object({
        agency: AgencySchema,
        report: ReportSummarySchema.nullable(),
        errors: count,
        warnings: count,
      }),
    ),
  })
  .openapi('Overview');

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/overview',
  tags: ['汇总'],
  summary: '所辖各机关某年度报告的状态与错误、警告数（审核人看所辖机关，编辑看本机关）',
  request: { query: z.object({ year: ReportYearQuery }) },
  responses: { 200: jsonContent(OverviewSchema, '年度汇总'), ...problemResponses(400, 401) },
});

export function overviewRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(overviewRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const { year } = c.req.valid('query');
    const scope = await scopeOf(repo, user);
    const agencies = (await repo.listAgencies()).filter((agency) => inScope(scope, agency.id));
    const reports = await repo.findReportsIn({
      agencyIds: agencies.map((agency) => agency.id),
      years: [year, year - 1],
    });
    const rows = overviewRows(agencies, reports, year);
    return c.json(
      {
        year,
        counts: countRows(rows),
        rows: rows.map((row) => ({
          ...row,
          report: row.report ? summaryOf(row.report) : null,
        })),
      },
      200,
    );
  });
}
