import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { deny, inScope } from '../auth/permissions.js';
import type { Repository, User } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  IdParams,
  ReportJson,
  RevisionSchema,
  jsonContent,
  problemResponses,
} from '../http/schemas.js';
import { diffReports } from '../reports/diff-reports.js';
import { loadReadable } from '../reports/report-access.js';

const tags = ['修订历史'];
const revisionNumber = z.coerce.number().int().min(1).max(1_000_000_000);

const listRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/revisions',
  tags,
  summary: '列出报告的全部修订（谁、何时、改了哪些单元格）',
  request: { params: IdParams },
  responses: {
    200: jsonContent(z.array(RevisionSchema), '修订列表'),
    ...problemResponses(401, 403, 404),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/revisions/{n}',
  tags,
  summary: '读取某次修订时的报告全文',
  request: {
    params: IdParams.extend({ n: revisionNumber.openapi({ param: { name: 'n', in: 'path' } }) }),
  },
  responses: {
    200: jsonContent(RevisionSchema.extend({ report: ReportJson }), '修订及当时的报告'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const ChangeSchema = z
  .object({ path: z.string(), before: z.unknown(), after: z.unknown() })
  .openapi('Change');

const compareRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/compare',
  tags,
  summary: '比较两次修订（from 默认为上一次，to 默认为最新）',
  request: {
    params: IdParams,
    query: z.object({ from: revisionNumber.optional(), to: revisionNumber.optional() }),
  },
  responses: {
    200: jsonContent(
      z.object({ from: z.int(), to: z.int(), changes: z.array(ChangeSchema) }),
      '两次修订之间的差异',
    ),
    ...problemResponses(400, 401, 403, 404),
  },
});

/** The report, for a signed-in user in charge of its agency: history names people and holds drafts. */
async function loadInCharge(repo: Repository, user: User | undefined, id: string) {
  const { stored, scope } = await loadReadable(repo, user, id);
  if (!inScope(scope, stored.agencyId)) deny(user, '只有负责该报告的人员可以查看修订历史');
  return stored;
}

async function revisionOrThrow(repo: Repository, reportId: string, number: number) {
  const revision = await repo.getRevision(reportId, number);
  if (!revision) throw new ProblemError(404, `没有第 ${number} 次修订`);
  return revision;
}

export function revisionRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      const stored = await loadInCharge(repo, c.get('user'), c.req.valid('param').id);
      return c.json(await repo.listRevisions(stored.id), 200);
    })
    .openapi(getRoute, async (c) => {
      const { id, n } = c.req.valid('param');
      const stored = await loadInCharge(repo, c.get('user'), id);
      return c.json(await revisionOrThrow(repo, stored.id, n), 200);
    })
    .openapi(compareRoute, async (c) => {
      const stored = await loadInCharge(repo, c.get('user'), c.req.valid('param').id);
      const query = c.req.valid('query');
      const to = query.to ?? stored.version;
      const from = query.from ?? Math.max(1, to - 1);
      const [before, after] = await Promise.all([
        revisionOrThrow(repo, stored.id, from),
        revisionOrThrow(repo, stored.id, to),
      ]);
      return c.json({ from, to, changes: diffReports(before.report, after.report) }, 200);
    });
}
