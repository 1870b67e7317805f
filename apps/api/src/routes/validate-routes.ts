import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { isPublishable, validate } from '@nianbao/schema';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  IdParams,
  ValidationResultSchema,
  jsonContent,
  problemResponses,
} from '../http/schemas.js';
import { findingsOf, loadReadable } from '../reports/report-access.js';
import { packFor, type RulePacks } from '../reports/rule-packs.js';

const tags = ['校验'];

const validateRoute = createRoute({
  method: 'post',
  path: '/api/validate',
  tags,
  summary:
    '校验一份报告（任何 JSON 都答 200；结构问题也是 findings）；登录时按本机关所在范围的规则设置与本地期限',
  // A plain reference, not a zod schema: the body is parsed here, whatever its content type.
  request: {
    body: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } } },
  },
  responses: {
    200: jsonContent(ValidationResultSchema, '校验结果；ok 为 true 表示没有错误'),
    ...problemResponses(400, 413),
  },
});

const findingsRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/findings',
  tags,
  summary:
    '校验已存的报告（以本机关上一年度的报告作跨年核对，按其机关所在范围的规则设置与本地期限）',
  request: { params: IdParams },
  responses: { 200: jsonContent(ValidationResultSchema, '校验结果'), ...problemResponses(404) },
});

/** The body as JSON whatever its content type: only text that is not JSON is refused. */
async function readJson(read: () => Promise<string>): Promise<unknown> {
  const text = await read();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(400, '请求体不是有效的 JSON');
  }
}

export function validateRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>()
    .openapi(validateRoute, async (c) => {
      const report = await readJson(() => c.req.text());
      // A logged-in user's report is checked as their agency's: its subtree's rule pack applies.
      const user = c.get('user');
      const pack = user ? await packFor(repo, { packs, agencyId: user.agencyId }) : {};
      const findings = validate(report, pack);
      return c.json({ ok: isPublishable(findings), findings }, 200);
    })
    .openapi(findingsRoute, async (c) => {
      const { stored } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
      const findings = await findingsOf(repo, { stored, packs });
      return c.json({ ok: isPublishable(findings), findings }, 200);
    });
}
