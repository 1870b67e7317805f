import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { transitions } from '@nianbao/schema';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  FindingSchema,
  jsonContent,
  problemResponses,
  ReportSummarySchema,
} from '../http/schemas.js';
import { summaryOf } from '../db/report-store.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { takeStep } from '../reports/take-step.js';

const actions = transitions.map((t) => t.action) as [string, ...string[]];

const BatchBody = z
  .object({
    action: z
      .enum(actions)
      .openapi({ description: '对每份报告走的同一步（如 approve 通过、publish 发布）' }),
    ids: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(200)
      .openapi({ description: '报告编号，至多 200 个' }),
    comment: z.string().trim().max(2000).optional(),
    publishedOn: z
      .string()
      .max(40)
      .optional()
      .openapi({ format: 'date', description: '仅用于发布' }),
  })
  .openapi('BatchStep');

const BatchResult = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        report: ReportSummarySchema.optional(),
        status: z.int().optional().openapi({ description: '未成功时的 HTTP 状态码' }),
        detail: z.string().optional().openapi({ description: '未成功的原因' }),
        findings: z.array(FindingSchema).optional(),
      }),
    ),
    succeeded: z.int(),
    failed: z.int(),
  })
  .openapi('BatchResult');

const batchRoute = createRoute({
  method: 'post',
  path: '/api/reports/batch',
  tags: ['审核流程'],
  summary: '批量审核：对多份报告走同一步（如批量通过、批量发布），每份照常检查',
  description:
    '每份报告单独检查权限、状态与错误，与逐份操作相同；一份不成功不影响其余。结果按请求顺序列出。',
  request: { body: { content: { 'application/json': { schema: BatchBody } }, required: true } },
  responses: { 200: jsonContent(BatchResult, '每份报告的结果'), ...problemResponses(400, 401) },
});

export function batchRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(batchRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const body = c.req.valid('json');
    const transition = transitions.find((t) => t.action === body.action);
    if (!transition) throw new ProblemError(400, `未知的步骤：${body.action}`);
    const results = [];
    // One after another: each step reads what the one before it wrote (e.g. its 结转).
    for (const id of new Set(body.ids)) {
      try {
        const updated = await takeStep(repo, {
          user,
          reportId: id,
          transition,
          comment: body.comment,
          publishedOn: body.publishedOn,
          packs,
        });
        results.push({ id, ok: true, report: summaryOf(updated) });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        const findings = error.extensions.findings as z.infer<typeof FindingSchema>[] | undefined;
        results.push({
          id,
          ok: false,
          status: error.status,
          detail: error.detail,
          ...(findings ? { findings } : {}),
        });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return c.json({ results, succeeded, failed: results.length - succeeded }, 200);
  });
}
