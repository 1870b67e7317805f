import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Repository } from '../db/repository.js';
import { exportResponse } from '../exports/export-response.js';
import { ExportFormatSchema, ExportQuery, exportContent } from '../exports/export-schemas.js';
import { formatById, outputFormats } from '../exports/output-formats.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, jsonContent, problemResponses } from '../http/schemas.js';
import { loadReadable } from '../reports/report-access.js';

const tags = ['导出'];

const exportRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/export',
  tags,
  summary: '以指定格式导出报告（权限同 PDF：已发布的人人可取，其余限本机关）',
  description:
    '文件名为“<机关><年度>年度政府信息公开工作年度报告.<扩展名>”，更正版本加“（更正）”；有错误的报告不能导出（422）。',
  request: { params: IdParams, query: ExportQuery },
  responses: { 200: exportContent, ...problemResponses(400, 404, 422) },
});

const formatsRoute = createRoute({
  method: 'get',
  path: '/api/export-formats',
  tags,
  summary: '可导出的格式（id 即 export 的 to 参数）',
  responses: { 200: jsonContent(z.array(ExportFormatSchema), '格式列表') },
});

export function exportRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(exportRoute, async (c) => {
      const { stored } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
      const format = formatById(c.req.valid('query').to);
      // The enum admits listed ids only; this keeps the types honest.
      if (!format) throw new ProblemError(400, '没有这种导出格式');
      return exportResponse(c, { format, stored });
    })
    .openapi(formatsRoute, (c) =>
      c.json(
        outputFormats.map(({ id, label, extension, mediaType }) => ({
          id,
          label,
          extension,
          mediaType,
        })),
        200,
      ),
    );
}
