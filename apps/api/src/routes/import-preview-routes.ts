import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { inferAgencyLevel } from '@nianbao/import';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { dbText, jsonContent, problemResponses, ReportYearQuery } from '../http/schemas.js';
import { importTarget } from '../reports/import-target.js';
import { isEmptyBody, readBody, readImportBody } from './import-routes.js';

const previewRoute = createRoute({
  method: 'post',
  path: '/api/import/preview',
  tags: ['报告'],
  summary: '读取要导入的年报，不建草稿：署名、年度、将归入的机关及其级别，供导入前确认',
  description:
    '请求体与查询参数同 POST /api/import。storedLevel 为机关登记的级别（有则一律采用）；inferredLevel 为从署名推断的级别，仅在机关未登记级别时采用，用户可在导入时以 level 改定。',
  request: {
    query: z.object({
      agencyId: dbText().min(1).max(100).optional(),
      year: ReportYearQuery.optional(),
      asStartingPoint: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({
        named: z.string(),
        year: z.number().int(),
        agencyId: z.string(),
        agencyName: z.string(),
        storedLevel: z.string().nullable(),
        inferredLevel: z.string().nullable(),
      }),
      '读出的署名、年度，将归入的机关及其登记的和推断的级别',
    ),
    ...problemResponses(400, 401, 403, 413, 422),
  },
});

export function importPreviewRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(previewRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const query = c.req.valid('query');
    const body = await readImportBody(c.req);
    if (isEmptyBody(body)) throw new ProblemError(400, '请求体为空');
    const read = await readBody(body, query.year === undefined ? {} : { year: query.year });
    if (read.kind === 'noReport') throw new ProblemError(422, read.message, { findings: [] });
    if (!Number.isInteger(read.report.year))
      throw new ProblemError(422, '没有从内容中读出年报（找不到各部分标题、表格或年度）');
    const named = read.report.agency.name;
    const { agency } = await importTarget(repo, {
      user,
      named,
      agencyId: query.agencyId,
      asStartingPoint: query.asStartingPoint === 'true',
    });
    return c.json(
      {
        named,
        year: read.report.year,
        agencyId: agency.id,
        agencyName: agency.name,
        storedLevel: agency.level,
        inferredLevel: inferAgencyLevel(agency.name) ?? null,
      },
      200,
    );
  });
}
