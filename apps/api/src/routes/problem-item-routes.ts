import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { audit } from '../auth/audit.js';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { IdParams, jsonContent, problemResponses } from '../http/schemas.js';
import { itemView } from '../problems/item-view.js';
import { takeProblemStep } from '../problems/take-problem-step.js';
import { ProblemItemSchema } from './problem-schemas.js';

const note = z.string().max(2000);

const rectifyRoute = createRoute({
  method: 'post',
  path: '/api/problem-items/{id}/rectify',
  tags: ['问题清单'],
  summary: '单位标记已整改：须写整改说明，可附更正后的报告',
  request: {
    params: IdParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            note: note.min(1),
            reportId: z.string().min(1).max(100).nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonContent(ProblemItemSchema, '已整改待复核的问题'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/api/problem-items/{id}/review',
  tags: ['问题清单'],
  summary: '复核：通过（verified），或不通过退回整改（reopened，须写说明）',
  request: {
    params: IdParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({ verdict: z.enum(['verified', 'reopened']), note: note.optional() }),
        },
      },
    },
  },
  responses: {
    200: jsonContent(ProblemItemSchema, '复核后的问题'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

export function problemItemRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(rectifyRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const item = await takeProblemStep(repo, {
        user,
        id,
        action: 'rectify',
        note: body.note,
        reportId: body.reportId ?? null,
      });
      await audit({
        repo,
        c,
        action: 'problem.rectify',
        target: id,
        details: { reportId: item.rectifiedReportId },
      });
      return c.json(itemView(item, await repo.listAgencies()), 200);
    })
    .openapi(reviewRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { id } = c.req.valid('param');
      const { verdict, note: given } = c.req.valid('json');
      const action = verdict === 'verified' ? 'verify' : 'reopen';
      const item = await takeProblemStep(repo, { user, id, action, note: given ?? null });
      await audit({ repo, c, action: `problem.${action}`, target: id });
      return c.json(itemView(item, await repo.listAgencies()), 200);
    });
}
