import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, problemResponses } from '../http/schemas.js';
import { loadReadable } from '../reports/report-access.js';

// SEAM for @nianbao/pdf: the one module that renders PDFs. Until the package is wired in
// (dependency "@nianbao/pdf": "workspace:*"), `renderReport` is undefined and the route answers 501.
// To wire it: `import { renderReport } from '@nianbao/pdf';` and delete the line below.
const renderReport: ((report: unknown, options: { force?: boolean }) => Uint8Array) | undefined =
  undefined;

const pdfRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/pdf',
  tags: ['报告'],
  summary: '报告的 PDF（未发布的报告加 force=true 可预览带错误的版本）',
  request: {
    params: IdParams,
    query: z.object({ force: z.enum(['true', 'false', '1', '0']).optional() }),
  },
  responses: {
    200: {
      description: 'PDF',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses(404, 422, 501),
  },
});

export function registerPdfRoutes(app: OpenAPIHono<AppEnv>, repo: Repository): void {
  app.openapi(pdfRoute, async (c) => {
    const { stored } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
    if (!renderReport) throw new ProblemError(501, 'PDF 生成尚未接入');
    const force = ['true', '1'].includes(c.req.valid('query').force ?? '');
    let bytes: Uint8Array;
    try {
      bytes = renderReport(stored.report, { force });
    } catch (error) {
      throw new ProblemError(
        422,
        `无法生成 PDF：${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="report-${stored.year}.pdf"`,
    });
  });
}
