import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { inScope, requireUser, scopeOf } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { jsonContent, problemResponses, ReportJson, ReportYearQuery } from '../http/schemas.js';
import { rollupOf } from '../reports/rollup.js';

const RollupQuery = z.object({
  year: ReportYearQuery,
  within: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: '汇总机关的 id 或名称；汇总其下所有机关（不含其本身）的报告' }),
});

const rollupRoute = createRoute({
  method: 'get',
  path: '/api/rollup',
  tags: ['汇总'],
  summary: '汇总：把所辖各机关当年已发布的报告逐格相加为本级的一份报告（product contract §5）',
  description:
    '每个机关计入其当年最新发布的版本；没有已发布报告的机关列入 rollup.missing。金额精确到 6 位小数（万元）。' +
    '返回的报告与输入同格式，正文为空；rollup.included 列出计入的报告。',
  request: { query: RollupQuery },
  responses: {
    200: jsonContent(ReportJson, '汇总报告（含 rollup 字段）'),
    ...problemResponses(400, 401, 403, 404),
  },
});

export function rollupRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(rollupRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const { year, within } = c.req.valid('query');
    const agencies = await repo.listAgencies();
    const summing =
      agencies.find((agency) => agency.id === within) ??
      agencies.find((agency) => agency.name === within);
    if (!summing) throw new ProblemError(404, `没有名为或编号为“${within}”的机关`);
    const scope = await scopeOf(repo, user);
    if (!inScope(scope, summing.id))
      throw new ProblemError(403, `无权汇总“${summing.name}”所辖机关的报告`);
    const units = agencies.filter((agency) => inScope(scope, agency.id));
    const reports = await repo.findReportsIn({ agencyIds: units.map((a) => a.id), years: [year] });
    const rollup = rollupOf({ within: summing, agencies: units, reports, year });
    if (!rollup) throw new ProblemError(400, `${String(year)} 年度没有适用的报告格式`);
    return c.json(rollup, 200);
  });
}
