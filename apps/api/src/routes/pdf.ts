import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { reportTitle, type Report } from '@nianbao/schema';
import type { Repository, StoredReport } from '../db/repository.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { AppEnv } from '../http/app-env.js';
import { IdParams, problemResponses } from '../http/schemas.js';
import { loadReadable } from '../reports/report-access.js';
import { renderPool, renderProblem } from '../exports/render-pool.js';

// The one module that renders PDFs, through @nianbao/pdf's worker pool: a long render delays no
// other request (settings: NIANBAO_RENDER_THREADS, NIANBAO_RENDER_TIME_LIMIT_MS, see README).

const pdfRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/pdf',
  tags: ['报告'],
  summary: '报告的 PDF（有错误的报告加 force=true 可生成带“未通过校验”字样的预览）',
  description:
    '文件名为“<机关><年度>年度政府信息公开工作年度报告.pdf”，更正版本加“（更正）”，标题下印更正说明（Content-Disposition 的 filename* 为 UTF-8，filename 为 ASCII 备用名）。',
  request: {
    params: IdParams,
    query: z.object({ force: z.enum(['true', 'false', '1', '0']).optional() }),
  },
  responses: {
    200: {
      description: 'PDF',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses(400, 404, 422, 503),
  },
});

/** The report's official title, which names its PDF (contract §4). */
function titleOf(stored: StoredReport): string {
  const { agency } = stored.report as Report;
  return reportTitle({
    agency: agency.name,
    year: stored.year,
    isCorrection: stored.correctsId !== null,
  });
}

// A report version never changes, so its PDF can be kept; a few recent ones are enough.
const cache = new Map<string, Uint8Array>();
const cacheSize = 20;

async function render(stored: StoredReport, force: boolean): Promise<Uint8Array> {
  const key = `${stored.id}:${stored.version}:${force}`;
  const cached = cache.get(key);
  if (cached) return cached;
  try {
    const options = {
      force,
      ...(stored.correctionReason === null
        ? {}
        : { correction: { reason: stored.correctionReason } }),
    };
    const bytes = (await renderPool().render({ report: stored.report, options })) as Uint8Array;
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, bytes);
    return bytes;
  } catch (error) {
    throw renderProblem(error);
  }
}

export function pdfRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(pdfRoute, async (c) => {
    const { stored } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
    const force = ['true', '1'].includes(c.req.valid('query').force ?? '');
    const bytes = await render(stored, force);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition({
        fileName: `${titleOf(stored)}.pdf`,
        fallback: `report-${stored.year}${stored.correctsId === null ? '' : '-correction'}.pdf`,
      }),
    });
  });
}
