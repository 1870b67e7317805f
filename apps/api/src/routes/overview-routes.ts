import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { reportingYear, reportStatuses, type ReportStatus } from '@nianbao/schema';
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
import { progressSorts, selectRows, withDeadlines } from '../reports/progress.js';
import { effectivePacks, packLookup, type RulePacks } from '../reports/rule-packs.js';
import { todayInChina } from '../reports/today-in-china.js';

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

const count = z.int().min(0);
const statusCounts = Object.fromEntries(reportStatuses.map((status) => [status, count])) as Record<
  ReportStatus,
  typeof count
>;

const OverviewSchema = z
  .object({
    year: z.int(),
    today: z.string().openapi({ description: '今天（北京时间），计算剩余天数与逾期所用' }),
    counts: z
      .object({ missing: count, ...statusCounts, withErrors: count, overdue: count })
      .openapi({
        description:
          '全部所辖机关（不受筛选影响）各状态的机关数；missing 为未填报，withErrors 为有错误的报告，overdue 为逾期',
      }),
    total: count.openapi({ description: '符合筛选条件的机关数' }),
    page: z.int(),
    pageSize: z.int(),
    rows: z.array(
      z.object({
        agency: AgencySchema,
        report: ReportSummarySchema.nullable(),
        errors: count,
        warnings: count,
        deadline: z
          .string()
          .nullable()
          .openapi({ description: '发布期限（YYYY-MM-DD）：法定期限，本地规定更早的取本地期限' }),
        daysLeft: z
          .int()
          .nullable()
          .openapi({ description: '距期限的天数，过期为负；已发布为 null' }),
        overdue: z.boolean().openapi({ description: '逾期：过了期限仍未发布，或晚于期限发布' }),
      }),
    ),
  })
  .openapi('Overview');

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/overview',
  tags: ['汇总'],
  summary:
    '填报进度：所辖各机关某年度报告的状态、错误与警告数、期限与逾期，可筛选、排序、分页（审核人看所辖机关，编辑看本机关）',
  request: {
    query: z.object({
      year: ReportYearQuery.optional().openapi({
        description: '报告年度；缺省为当前填报的年度（11 月起为当年，此前为上一年）',
      }),
      status: z.enum([...reportStatuses, 'missing']).optional(),
      overdue: booleanQuery.optional(),
      withErrors: booleanQuery.optional(),
      sort: z.enum(progressSorts).default('tree').openapi({
        description:
          'tree 按机关层级；status 待审核在前；errors 错误多的在前；daysLeft 剩余天数少的在前；name 按名称',
      }),
      page: z.coerce.number().pipe(z.int().min(1)).default(1),
      pageSize: z.coerce.number().pipe(z.int().min(1).max(5000)).default(5000),
    }),
  },
  responses: { 200: jsonContent(OverviewSchema, '年度汇总'), ...problemResponses(400, 401) },
});

export function overviewRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(overviewRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const query = c.req.valid('query');
    const today = todayInChina();
    const year = query.year ?? reportingYear(today);
    const scope = await scopeOf(repo, user);
    const everyAgency = await repo.listAgencies();
    const agencies = everyAgency.filter((agency) => inScope(scope, agency.id));
    const reports = await repo.findReportsIn({
      agencyIds: agencies.map((agency) => agency.id),
      years: [year, year - 1],
    });
    // Ancestors outside the user's scope still name the subtree a pack applies to.
    const packOf = packLookup(await effectivePacks(repo, packs), everyAgency);
    const all = withDeadlines(overviewRows({ agencies, reports, year, packOf }), {
      year,
      today,
      packOf,
    });
    const { rows, total } = selectRows(all, query);
    return c.json(
      {
        year,
        today,
        counts: { ...countRows(all), overdue: all.filter((row) => row.overdue).length },
        total,
        page: query.page,
        pageSize: query.pageSize,
        rows: rows.map((row) => ({
          ...row,
          report: row.report ? summaryOf(row.report) : null,
        })),
      },
      200,
    );
  });
}
