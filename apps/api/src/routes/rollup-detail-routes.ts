import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { jsonContent, problemResponses, ReportYearQuery } from '../http/schemas.js';
import { contributionsTo } from '../rollup/contributions.js';
import { historyYears, rollupHistory } from '../rollup/rollup-history.js';
import { loadRollupSubject } from '../rollup/rollup-subject.js';
import { rollupUnits } from '../rollup/rollup-units.js';
import { unitSummaries } from '../rollup/unit-summaries.js';
import { RollupWithin } from './rollup-routes.js';

const tags = ['汇总'];
const YearWithin = z.object({ year: ReportYearQuery, within: RollupWithin });

const ContributionsSchema = z
  .object({
    cell: z.string(),
    label: z.string(),
    total: z.number(),
    contributions: z.array(
      z.object({ agencyId: z.string(), name: z.string(), reportId: z.string(), value: z.number() }),
    ),
  })
  .openapi('RollupContributions');

const UnitsSchema = z
  .object({
    receivedLabel: z.string(),
    outcomeLabels: z.array(z.string()),
    included: z.array(
      z.object({
        agencyId: z.string(),
        name: z.string(),
        reportId: z.string(),
        errors: z.number().int(),
        received: z.number(),
        outcomes: z.array(z.number()),
      }),
    ),
    missing: z.array(z.object({ agencyId: z.string(), name: z.string() })),
  })
  .openapi('RollupUnits');

const HistorySchema = z
  .object({
    outcomeLabels: z.array(z.string()),
    years: z.array(
      z.object({
        year: z.number().int(),
        included: z.number().int(),
        missing: z.number().int(),
        received: z.number(),
        outcomes: z.array(z.number()),
      }),
    ),
  })
  .openapi('RollupHistory');

const contributionsRoute = createRoute({
  method: 'get',
  path: '/api/rollup/contributions',
  tags,
  summary: '汇总的一个单元格由哪些机关各贡献多少（按数值从大到小）',
  request: {
    query: YearWithin.extend({
      cell: z.string().min(1).max(100).openapi({ description: '单元格编号，如 表.行.列' }),
    }),
  },
  responses: {
    200: jsonContent(ContributionsSchema, '各机关的数值与合计（精确到 6 位小数）'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const unitsRoute = createRoute({
  method: 'get',
  path: '/api/rollup/units',
  tags,
  summary: '汇总计入的机关（含各自报告的错误数和申请办理数字）与未报的机关',
  request: { query: YearWithin },
  responses: {
    200: jsonContent(UnitsSchema, '计入与未报的机关'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/api/rollup/history',
  tags,
  summary: '近几年的汇总：每年计入机关数、新收申请数和各办理结果合计',
  request: {
    query: YearWithin.extend({
      years: z.coerce.number().int().min(1).max(10).default(5).openapi({ description: '年数' }),
    }),
  },
  responses: {
    200: jsonContent(HistorySchema, '按年度从早到晚'),
    ...problemResponses(400, 401, 403, 404),
  },
});

export function rollupDetailRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(contributionsRoute, async (c) => {
      const { year, within, cell } = c.req.valid('query');
      const subject = await loadRollupSubject(repo, c.get('user'), { within, years: [year] });
      return c.json(contributionsTo(rollupUnits(subject, year), { year, cell }), 200);
    })
    .openapi(unitsRoute, async (c) => {
      const { year, within } = c.req.valid('query');
      const subject = await loadRollupSubject(repo, c.get('user'), { within, years: [year] });
      return c.json(unitSummaries(rollupUnits(subject, year), year), 200);
    })
    .openapi(historyRoute, async (c) => {
      const { year, within, years } = c.req.valid('query');
      const covered = historyYears(year, years);
      const subject = await loadRollupSubject(repo, c.get('user'), { within, years: covered });
      return c.json(rollupHistory(subject, covered), 200);
    });
}
