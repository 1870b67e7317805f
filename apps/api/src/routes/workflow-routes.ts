import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { statusNames, transitions, type Transition } from '@nianbao/schema';
import { canEdit, deny, requireUser, scopeOf } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, ReportResourceSchema, jsonContent, problemResponses } from '../http/schemas.js';
import { etagOf, loadReadable, versionFromIfMatch } from '../reports/report-access.js';
import { resource } from '../reports/create-draft.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { takeStep, withPublishedOn } from '../reports/take-step.js';

const tags = ['审核流程'];
const ifMatchHeader = z.object({ 'if-match': z.string().optional() });
const noteText = z.string().trim().max(2000);
const publishedOnField = z.string().max(40).optional().openapi({
  format: 'date',
  description:
    '仅用于发布：发布日期（YYYY-MM-DD），不得晚于今天（北京时间），不得早于审核通过之日；默认今天。其他步骤给出时 422',
});
const OptionalNote = z
  .object({ comment: noteText.optional(), publishedOn: publishedOnField })
  .openapi('TransitionNote');
const RequiredNote = z
  .object({ comment: noteText.min(1), publishedOn: publishedOnField })
  .openapi('TransitionReason');

const transitionRoute = (transition: Transition) =>
  createRoute({
    method: 'post',
    path: `/api/reports/{id}/${transition.action}` as const,
    tags,
    summary: `${transition.verb}（${transition.from.map((s) => statusNames[s]).join('或')} → ${statusNames[transition.to]}）`,
    request: {
      params: IdParams,
      headers: ifMatchHeader,
      // Not `required`, so a missing body reaches the handler and gets the Chinese message below.
      body: {
        content: {
          'application/json': { schema: transition.needsComment ? RequiredNote : OptionalNote },
        },
        description: transition.needsComment
          ? `必须写明${transition.commentName}`
          : `可附${transition.commentName}`,
      },
    },
    responses: {
      200: jsonContent(ReportResourceSchema, '状态改变后的报告'),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  });

const CorrectionBody = z
  .object({ reason: noteText.optional().openapi({ description: '更正说明（必填）：为什么更正' }) })
  .openapi('CorrectionReason');

const correctionRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/corrections',
  tags,
  summary: '为已发布的报告新建更正版本（新草稿，原报告仍公开）',
  description:
    '更正版本的 correctsId 指向原报告，correctionReason 为更正说明（reason，必填，缺少时 422）。更正版本发布后，原报告的 correctedById 指向它。',
  request: {
    params: IdParams,
    body: { content: { 'application/json': { schema: CorrectionBody } } },
  },
  responses: {
    201: jsonContent(ReportResourceSchema, '更正草稿'),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

/** The route of one workflow step: `POST /api/reports/{id}/{action}`. */
function stepRoute(
  app: OpenAPIHono<AppEnv>,
  { repo, packs }: { repo: Repository; packs: RulePacks },
  transition: Transition,
) {
  return app.openapi(transitionRoute(transition), async (c) => {
    const body = c.req.valid('json');
    const ifMatch = c.req.header('if-match');
    const updated = await takeStep(repo, {
      user: c.get('user'),
      reportId: c.req.valid('param').id,
      transition,
      comment: body.comment,
      publishedOn: body.publishedOn,
      packs,
      ...(ifMatch === undefined ? {} : { expectedVersion: versionFromIfMatch(ifMatch) }),
    });
    return c.json(resource(updated), 200, { etag: etagOf(updated.version) });
  });
}

export function workflowRoutes(repo: Repository, packs: RulePacks) {
  const app = new OpenAPIHono<AppEnv>();
  // Every step adds a route of one shape to the same app: the last one's type speaks for all.
  let steps = app as ReturnType<typeof stepRoute>;
  for (const transition of transitions) steps = stepRoute(app, { repo, packs }, transition);
  return steps.openapi(correctionRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const { stored } = await loadReadable(repo, user, c.req.valid('param').id);
    if (!canEdit(user, await scopeOf(repo, user), stored.agencyId))
      deny(user, '只有本机关的编辑可以更正报告');
    if (stored.status !== 'published') throw new ProblemError(409, '只有已发布的报告可以更正');
    const reason = c.req.valid('json').reason;
    if (!reason)
      throw new ProblemError(422, '请写明更正说明', {
        errors: [{ path: 'json.reason', message: '必填' }],
      });
    const open = (await repo.findReports(stored)).find(
      (r) => r.correctsId === stored.id && r.status !== 'published',
    );
    if (open) throw new ProblemError(409, '该报告已有未发布的更正版本', { existingId: open.id });
    const created = await repo.createReport({
      agencyId: stored.agencyId,
      year: stored.year,
      status: 'draft',
      report: withPublishedOn(stored.report, undefined),
      correctsId: stored.id,
      correctionReason: reason,
      milestone: true,
      action: 'correct',
      userId: user.id,
      changes: [],
    });
    return c.json(resource(created), 201, {
      etag: etagOf(created.version),
      location: `/api/reports/${created.id}`,
    });
  });
}
