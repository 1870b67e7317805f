import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { canRead } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, ReportResourceSchema, jsonContent, problemResponses } from '../http/schemas.js';
import { summaryFor } from '../reports/reader-summary.js';
import { loadReadable, previousReportOf } from '../reports/report-access.js';

const previousRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/previous',
  tags: ['报告'],
  summary: '读取同一机关上一年度的报告（已发布的最新一份，否则最新一份；与跨年度检查所用相同）',
  request: { params: IdParams },
  responses: {
    200: jsonContent(ReportResourceSchema, '上一年度的报告'),
    ...problemResponses(404),
  },
});

/** Last year's report of a report's agency, for comparing: to those who may read both. */
export function previousRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(previousRoute, async (c) => {
    const { stored, scope } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
    const previous = await previousReportOf(repo, stored);
    if (!previous || !canRead(scope, previous))
      throw new ProblemError(404, `没有本机关 ${stored.year - 1} 年度的报告`);
    return c.json({ ...summaryFor(previous, scope), report: previous.report }, 200);
  });
}
