import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import {
  emptyReport,
  isEditableStatus,
  signAcceptances,
  startFromPrevious,
  structuralFindings,
  statusNames,
  templateForYear,
  type Report,
  withoutStaleAcceptances,
} from '@nianbao/schema';
import {
  canEdit,
  canReview,
  deny,
  descendantsOf,
  requireUser,
  scopeOf,
} from '../auth/permissions.js';
import type { Agency, Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { checkProseLength } from '../reports/prose-limit.js';
import { summaryFor } from '../reports/reader-summary.js';
import {
  IdParams,
  ReportJson,
  ReportPageSchema,
  ReportResourceSchema,
  StatusSchema,
  jsonContent,
  problemResponses,
  dbText,
  ReportYear,
} from '../http/schemas.js';
import { createDraft, resource } from '../reports/create-draft.js';
import { reportFromRollup } from '../rollup/report-from-rollup.js';
import { agencyHeader, withRecordFields } from '../reports/record-fields.js';
import { changedPaths } from '../reports/diff-reports.js';
import {
  etagOf,
  loadReadable,
  previousReportOf,
  staleVersion,
  versionFromIfMatch,
} from '../reports/report-access.js';

const tags = ['报告'];
const closingBrace = Buffer.from('}');

const listRoute = createRoute({
  method: 'get',
  path: '/api/reports',
  tags,
  summary: '列出报告（匿名用户只看到已发布的）',
  request: {
    query: z.object({
      agencyId: dbText().max(100).optional(),
      within: dbText()
        .max(100)
        .optional()
        .openapi({ description: '只列出该机关及其下级机关的报告（审核人看所辖机关）' }),
      // A filter, not a report: last year's lookup for a first-format report asks for 2018.
      year: z.coerce.number().int().min(1).max(9999).optional(),
      status: StatusSchema.optional(),
      page: z.coerce.number().int().min(1).max(100000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: { 200: jsonContent(ReportPageSchema, '一页报告'), ...problemResponses(400) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  tags,
  summary: '读取一份报告（响应头 ETag 为版本号）',
  request: { params: IdParams },
  responses: { 200: jsonContent(ReportResourceSchema, '报告'), ...problemResponses(404) },
});

const CreateBody = z
  .object({
    agencyId: dbText().min(1).max(100),
    year: ReportYear.optional(),
    fromPrevious: z
      .boolean()
      .optional()
      .openapi({ description: '以本机关上一年度的报告为起点（结转上年数据）' }),
    fromRollup: z.boolean().optional().openapi({
      description: '以所辖机关当年已发布报告的汇总为起点（表格由服务器汇总填入，正文留空）',
    }),
    report: ReportJson.optional().openapi({ description: '导入一份完整的报告' }),
  })
  .openapi('CreateReport');

const createReportRoute = createRoute({
  method: 'post',
  path: '/api/reports',
  tags,
  summary: '新建报告草稿：空白、结转上年或导入',
  description:
    '机关（agency）与格式（format）以 agencyId 指定机关的记录和报告年度为准，请求体中的值被覆盖；publishedOn 被忽略（只由发布设定）。',
  request: { body: { content: { 'application/json': { schema: CreateBody } }, required: true } },
  responses: {
    201: jsonContent(ReportResourceSchema, '新建的草稿'),
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

const updateRoute = createRoute({
  method: 'put',
  path: '/api/reports/{id}',
  tags,
  summary: '保存报告内容（须带 If-Match；版本已变化时 409）',
  description:
    '年度（year）、格式（format）和机关（agency 的 name、level）归报告记录所有：无论请求体写的是什么，' +
    '服务器都以报告所属机关的记录和报告年度覆盖它们。发布日期（publishedOn）只由“发布”设定，请求体中的 publishedOn 被忽略。',
  request: {
    params: IdParams,
    headers: z.object({ 'if-match': z.string().optional() }),
    body: { content: { 'application/json': { schema: ReportJson } }, required: true },
  },
  responses: {
    200: jsonContent(ReportResourceSchema, '保存后的报告'),
    ...problemResponses(400, 401, 403, 404, 409, 422, 428),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/reports/{id}',
  tags,
  summary: '删除草稿',
  description: '草稿从列表中消失；其修订历史（含一条删除记录）保留，供审计。',
  request: { params: IdParams, headers: z.object({ 'if-match': z.string().optional() }) },
  responses: { 204: { description: '已删除' }, ...problemResponses(401, 403, 404, 409) },
});

function schemaProblems(report: unknown): void {
  checkProseLength(report);
  const problems = structuralFindings(report);
  if (problems.length > 0)
    throw new ProblemError(422, '报告结构不符合格式要求', {
      errors: problems.map((f) => ({ path: f.cells[0] ?? '', message: f.message })),
      findings: problems,
    });
}

async function startReport(
  repo: Repository,
  body: z.infer<typeof CreateBody>,
  agency: Agency,
): Promise<unknown> {
  const header = agencyHeader(agency);
  if (body.report !== undefined) {
    const { year } = (body.report ?? {}) as { year?: unknown };
    const report = Number.isInteger(year)
      ? withRecordFields(body.report, { agency, year: year as number })
      : body.report;
    schemaProblems(report);
    return report;
  }
  if (body.year === undefined)
    throw new ProblemError(400, '请给出年度', { errors: [{ path: 'body.year', message: '必填' }] });
  if (body.fromRollup) return reportFromRollup(repo, { agency, year: body.year });
  if (body.fromPrevious) {
    const previous = await previousReportOf(repo, { agencyId: agency.id, year: body.year });
    if (!previous) throw new ProblemError(422, `没有找到本机关 ${body.year - 1} 年度的报告`);
    return startFromPrevious(previous.report as Report, header);
  }
  const template = templateForYear(body.year);
  if (!template) throw new ProblemError(422, `没有适用于 ${body.year} 年度的报告格式`);
  return emptyReport(template, { year: body.year, agency: header });
}

/** The agencies a list is narrowed to: one agency, an agency and those below it, or both. */
async function agencyFilter(
  repo: Repository,
  { agencyId, within }: { agencyId?: string | undefined; within?: string | undefined },
): Promise<{ agencyIds?: string[] }> {
  if (within === undefined) return agencyId === undefined ? {} : { agencyIds: [agencyId] };
  const below = descendantsOf(await repo.listAgencies(), within);
  if (agencyId === undefined) return { agencyIds: below };
  return { agencyIds: below.includes(agencyId) ? [agencyId] : [] };
}

export function reportRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      const { agencyId, within, ...query } = c.req.valid('query');
      const visibleAgencies = await scopeOf(repo, c.get('user'));
      const { items, total } = await repo.listReports({
        ...query,
        ...(await agencyFilter(repo, { agencyId, within })),
        visibleAgencies,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return c.json(
        {
          items: items.map((item) => summaryFor(item, visibleAgencies)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        },
        200,
      );
    })
    .openapi(getRoute, async (c) => {
      const { stored, scope } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
      const etag = etagOf(stored.version);
      if (stored.reportJson === undefined)
        return c.json({ ...resource(stored), ...summaryFor(stored, scope) }, 200, { etag });
      // The stored JSON goes out as it is: parsing and re-serialising it was a fifth of a GET.
      const summary = JSON.stringify(summaryFor(stored, scope));
      const body = Buffer.concat([
        Buffer.from(`${summary.slice(0, -1)},"report":`),
        stored.reportJson,
        closingBrace,
      ]);
      // The same JSON as `resource(stored)`, so the route's typed response holds.
      return c.body(body, 200, { etag, 'content-type': 'application/json' }) as never;
    })
    .openapi(createReportRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const body = c.req.valid('json');
      const agency = await repo.getAgency(body.agencyId);
      if (!agency)
        throw new ProblemError(422, '机关不存在', {
          errors: [{ path: 'body.agencyId', message: '没有这个机关' }],
        });
      const scope = await scopeOf(repo, user);
      // The supervising office's reviewer may start its own report from the 汇总 too.
      const ownRollup = body.fromRollup === true && canReview(user, scope, agency.id);
      if (!canEdit(user, scope, agency.id) && !(ownRollup && user.agencyId === agency.id))
        deny(user, '只能为本机关新建报告');
      const report = await startReport(repo, body, agency);
      const stored = await createDraft(repo, {
        agencyId: agency.id,
        report: report as Report,
        action: body.fromPrevious
          ? 'createFromPrevious'
          : body.fromRollup
            ? 'createFromRollup'
            : 'create',
        userId: user.id,
      });
      return c.json(resource(stored), 201, {
        etag: etagOf(stored.version),
        location: `/api/reports/${stored.id}`,
      });
    })
    .openapi(updateRoute, async (c) => {
      const user = c.get('user');
      const { stored, scope } = await loadReadable(repo, user, c.req.valid('param').id);
      if (!canEdit(user, scope, stored.agencyId)) deny(user, '只有本机关的编辑可以修改报告');
      if (!isEditableStatus(stored.status))
        throw new ProblemError(
          409,
          `报告${statusNames[stored.status]}，不能修改${stored.status === 'published' ? '；如需更正，请新建更正版本' : ''}`,
        );
      const expected = versionFromIfMatch(c.req.header('if-match'));
      if (expected !== stored.version) throw staleVersion(stored.version);
      const agency = await repo.getAgency(stored.agencyId);
      if (!agency) throw new ProblemError(404, '报告所属机关不存在');
      const body = withRecordFields(c.req.valid('json'), { agency, year: stored.year });
      schemaProblems(body);
      // `by` is server-owned: the session's user signs new acceptances; changed cells drop theirs.
      const report = withoutStaleAcceptances(
        signAcceptances(body as Report, user?.username ?? '', stored.report as Report),
        stored.report as Report,
      );
      const updated = await repo.updateReport({
        id: stored.id,
        expectedVersion: expected,
        report,
        status: stored.status,
        action: 'update',
        userId: user?.id ?? null,
        changes: changedPaths(stored.report, report),
      });
      if (updated === 'conflict')
        throw staleVersion((await repo.getReport(stored.id))?.version ?? expected);
      if (!updated) throw new ProblemError(404, '报告不存在');
      return c.json(resource(updated), 200, { etag: etagOf(updated.version) });
    })
    .openapi(deleteRoute, async (c) => {
      const user = c.get('user');
      const { stored, scope } = await loadReadable(repo, user, c.req.valid('param').id);
      if (!canEdit(user, scope, stored.agencyId)) deny(user, '只有本机关的编辑可以删除报告');
      if (stored.status !== 'draft')
        throw new ProblemError(409, `报告${statusNames[stored.status]}，只能删除草稿`);
      const ifMatch = c.req.header('if-match');
      const expected = ifMatch === undefined ? stored.version : versionFromIfMatch(ifMatch);
      if (!(await repo.deleteReport(stored.id, expected, user?.id ?? null)))
        throw staleVersion(stored.version);
      return c.body(null, 204);
    });
}
