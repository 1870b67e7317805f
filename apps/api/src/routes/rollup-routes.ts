import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Repository } from '../db/repository.js';
import { exportContent } from '../exports/export-schemas.js';
import { formatById, formatIds } from '../exports/output-formats.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { jsonContent, problemResponses, ReportJson, ReportYearQuery } from '../http/schemas.js';
import { rollupOf } from '../reports/rollup.js';
import { rollupExportResponse } from '../rollup/rollup-export.js';
import { loadRollupSubject } from '../rollup/rollup-subject.js';

/** `within` of every roll-up route: the summing agency's id or name. */
export const RollupWithin = z
  .string()
  .min(1)
  .max(200)
  .openapi({ description: '汇总机关的 id 或名称；汇总其下所有机关（不含其本身）的报告' });

const RollupQuery = z.object({
  year: ReportYearQuery,
  within: RollupWithin,
  to: z
    .enum(formatIds, { error: `to 应为以下之一：${formatIds.join('、')}` })
    .optional()
    .openapi({ description: `不给出时返回 JSON；给出时下载该格式的文件：${formatIds.join('、')}` }),
});

const rollupRoute = createRoute({
  method: 'get',
  path: '/api/rollup',
  tags: ['汇总'],
  summary: '汇总：把所辖各机关当年已发布的报告逐格相加为本级的一份报告（product contract §5）',
  description:
    '每个机关计入其当年最新发布的版本；没有已发布报告的机关列入 rollup.missing。金额精确到 6 位小数（万元）。' +
    '返回的报告与输入同格式，正文为空；rollup.included 列出计入的报告。' +
    '给出 to（如 xlsx、pdf）时返回该格式的文件，文件名为“<年>年度<机关>汇总.<扩展名>”。',
  request: { query: RollupQuery },
  responses: {
    200: {
      description: '汇总报告（含 rollup 字段），或 to 所指格式的文件',
      content: { ...jsonContent(ReportJson, '').content, ...exportContent.content },
    },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

export function rollupRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(rollupRoute, async (c) => {
    const { year, within, to } = c.req.valid('query');
    const subject = await loadRollupSubject(repo, c.get('user'), { within, years: [year] });
    const rollup = rollupOf({ ...subject, year });
    if (!rollup) throw new ProblemError(400, `${String(year)} 年度没有适用的报告格式`);
    if (to === undefined) return c.json(rollup, 200);
    const format = formatById(to);
    // The enum admits listed ids only; this keeps the types honest.
    if (!format) throw new ProblemError(400, '没有这种导出格式');
    // A file, not the JSON the typed client reads: its content types are declared above.
    return (await rollupExportResponse(c, { format, sum: rollup })) as never;
  });
}
