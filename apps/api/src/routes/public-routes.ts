import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Repository } from '../db/repository.js';
import { exportResponse } from '../exports/export-response.js';
import { ExportQuery, exportContent } from '../exports/export-schemas.js';
import { dataPackageOfYear, openDataOfYear } from '../exports/open-data.js';
import { formatById } from '../exports/output-formats.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  IdParams,
  ReportYearQuery,
  dbText,
  jsonContent,
  problemResponses,
} from '../http/schemas.js';
import { publicCaching } from './public-caching.js';
import {
  listPublished,
  loadPublished,
  publicSummaryOf,
  standingReportsOf,
} from './public-listing.js';
import { PublicReportPageSchema, PublicReportSchema } from './public-schemas.js';

const tags = ['公开'];
const cachingNote = '无须登录；只含已发布版本。响应带 Cache-Control: public, max-age=300 与 ETag。';

const listRoute = createRoute({
  method: 'get',
  path: '/api/public/reports',
  tags,
  summary: '已发布的报告（按年度、机关筛选，分页）',
  description: `${cachingNote}不含草稿、修订历史、意见和用户。`,
  security: [],
  request: {
    query: z.object({
      year: z.coerce.number().int().min(1).max(9999).optional(),
      agency: dbText().max(100).optional().openapi({ description: '机关 id' }),
      page: z.coerce.number().int().min(1).max(100000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: jsonContent(PublicReportPageSchema, '一页已发布的报告'),
    ...problemResponses(400),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/public/reports/{id}',
  tags,
  summary: '一份已发布的报告（未发布的一律 404）',
  description: cachingNote,
  security: [],
  request: { params: IdParams },
  responses: { 200: jsonContent(PublicReportSchema, '报告'), ...problemResponses(404) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/public/reports/{id}/export',
  tags,
  summary: '以指定格式下载一份已发布的报告',
  description: `${cachingNote}文件名为“<机关><年度>年度政府信息公开工作年度报告.<扩展名>”。`,
  security: [],
  request: { params: IdParams, query: ExportQuery },
  responses: { 200: exportContent, ...problemResponses(400, 404, 422) },
});

const openDataRoute = createRoute({
  method: 'get',
  path: '/api/public/open-data',
  tags,
  summary: '开放数据：一年度已发布报告的全部数字（CSV）',
  description: `${cachingNote}UTF-8（带 BOM）；首行为 agency,year,publishedOn 及按格式顺序排列的全部单元格地址；每份报告一行（被更正的原报告由更正版本代替）。Link 头指向报告的 JSON Schema。`,
  security: [],
  request: { query: z.object({ year: ReportYearQuery }) },
  responses: {
    200: {
      description: 'CSV',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...problemResponses(400),
  },
});

const dataPackageRoute = createRoute({
  method: 'get',
  path: '/api/public/open-data/datapackage.json',
  tags,
  summary: '开放数据的说明（Frictionless Data datapackage.json）：每列的中文名、英文说明与类型',
  security: [],
  request: { query: z.object({ year: ReportYearQuery }) },
  responses: {
    200: {
      description: 'datapackage.json',
      content: { 'application/json': { schema: z.unknown() } },
    },
    ...problemResponses(400),
  },
});

export function publicRoutes(repo: Repository) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/public/*', publicCaching);
  return app
    .openapi(listRoute, async (c) => c.json(await listPublished(repo, c.req.valid('query')), 200))
    .openapi(getRoute, async (c) => {
      const stored = await loadPublished(repo, c.req.valid('param').id);
      const { correctsId, correctedById, correctionReason, report } = stored;
      return c.json(
        { ...publicSummaryOf(stored), correctsId, correctedById, correctionReason, report },
        200,
      );
    })
    .openapi(exportRoute, async (c) => {
      const stored = await loadPublished(repo, c.req.valid('param').id);
      const format = formatById(c.req.valid('query').to);
      if (!format) throw new ProblemError(400, '没有这种导出格式');
      return exportResponse(c, { format, stored });
    })
    .openapi(openDataRoute, async (c) => {
      const { year } = c.req.valid('query');
      const csv = openDataOfYear(await standingReportsOf(repo, year), year);
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': contentDisposition({
          fileName: `${year}年度政府信息公开工作年度报告开放数据.csv`,
          fallback: `open-data-${year}.csv`,
        }),
        link: `</api/public/open-data/datapackage.json?year=${String(year)}>; rel="describedby"; type="application/json", </api/openapi.json#/components/schemas/Report>; rel="describedby"`,
      });
    })
    .openapi(dataPackageRoute, (c) => {
      const { year } = c.req.valid('query');
      const described = dataPackageOfYear(year, `/api/public/open-data?year=${String(year)}`);
      if (!described) throw new ProblemError(400, `${String(year)} 年度没有适用的报告格式`);
      return c.json(described, 200);
    });
}
