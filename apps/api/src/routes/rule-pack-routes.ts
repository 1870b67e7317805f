import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { requireAdmin } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { jsonContent, problemResponses } from '../http/schemas.js';
import { rulePackView } from '../reports/rule-pack-view.js';
import type { RulePacks } from '../reports/rule-packs.js';

const Subtree = {
  within: z
    .string()
    .nullable()
    .openapi({ description: '配置中写的机关编号或名称；null 为全部机关' }),
  agency: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .openapi({ description: 'within 所指的机关；没有对应机关时为 null' }),
};

const RulePacksSchema = z
  .object({
    file: z.string().nullable().openapi({ description: '读取的配置文件；null 为没有配置文件' }),
    catalog: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.enum(['error', 'warning']),
        basis: z.string(),
      }),
    ),
    rules: z.array(
      z.object({
        rule: z.string(),
        title: z.string(),
        setting: z.enum(['off', 'warning']),
        ...Subtree,
      }),
    ),
    deadlines: z.array(
      z.object({
        date: z.string().openapi({ description: 'MM-DD（报告年度的次年）' }),
        ...Subtree,
      }),
    ),
  })
  .openapi('RulePacks');

const rulePacksRoute = createRoute({
  method: 'get',
  path: '/api/rule-packs',
  tags: ['校验'],
  summary:
    '生效的规则设置（管理员）：规则目录，各机关范围内关闭或打开的提醒，本地发布期限；来自 nianbao.config.json，只读',
  responses: {
    200: jsonContent(RulePacksSchema, '规则设置'),
    ...problemResponses(401, 403),
  },
});

export function rulePackRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(rulePacksRoute, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(rulePackView(packs, await repo.listAgencies()), 200);
  });
}
