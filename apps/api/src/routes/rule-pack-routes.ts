import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { rulePackInputSchema } from '@nianbao/config';
import { warningRuleIds } from '@nianbao/schema';
import { audit } from '../auth/audit.js';
import { requireAdmin } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, jsonContent, problemResponses } from '../http/schemas.js';
import { loadReadable } from '../reports/report-access.js';
import { packFor, type RulePacks } from '../reports/rule-packs.js';
import { checkSubtrees, parseRulePack } from '../rule-packs/check-rule-pack.js';
import { rulePackView } from '../rule-packs/rule-pack-view.js';
import {
  AgencyPackSchema,
  RulePacksSchema,
  StoredRulePackSchema,
} from '../rule-packs/rule-pack-schemas.js';

const tags = ['校验'];
// The file's schema: the admin UI's packs take exactly what nianbao.config.json takes.
const body = {
  content: { 'application/json': { schema: rulePackInputSchema(warningRuleIds()) } },
  required: true,
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/rule-packs',
  tags,
  summary:
    '生效的规则设置（管理员）：规则目录，各机关范围内关闭或打开的提醒，本地发布期限；来自 nianbao.config.json（只读）与管理界面（可修改）',
  responses: { 200: jsonContent(RulePacksSchema, '规则设置'), ...problemResponses(401, 403) },
});

const createPackRoute = createRoute({
  method: 'post',
  path: '/api/rule-packs',
  tags,
  summary: '新建一组规则设置（管理员；只能关闭或打开提醒，本地期限不能晚于法定期限），立即生效',
  request: { body },
  responses: {
    201: jsonContent(StoredRulePackSchema, '新的规则设置'),
    ...problemResponses(400, 401, 403),
  },
});

const updatePackRoute = createRoute({
  method: 'put',
  path: '/api/rule-packs/{id}',
  tags,
  summary: '修改管理界面建立的一组规则设置（管理员），立即生效',
  request: { params: IdParams, body },
  responses: {
    200: jsonContent(StoredRulePackSchema, '规则设置'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const deletePackRoute = createRoute({
  method: 'delete',
  path: '/api/rule-packs/{id}',
  tags,
  summary: '删除管理界面建立的一组规则设置（管理员），立即生效',
  request: { params: IdParams },
  responses: { 204: { description: '已删除' }, ...problemResponses(401, 403, 404) },
});

// Admins only, before the body is looked at; zod's own messages are English: a refused body
// is described again, in Chinese, field by field.
function adminsInChinese(
  result: { success: boolean; data?: unknown },
  c: Context<AppEnv>,
): undefined {
  requireAdmin(c.get('user'));
  if (!result.success) parseRulePack(result.data);
  return undefined;
}

const reportPackRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/rule-pack',
  tags,
  summary: '报告所属机关适用的规则设置：关闭或打开的提醒，本地发布期限（编辑器据此显示校验结果）',
  request: { params: IdParams },
  responses: { 200: jsonContent(AgencyPackSchema, '适用的规则设置'), ...problemResponses(404) },
});

const notFound = () => new ProblemError(404, '没有这组规则设置（配置文件中的设置只能修改文件）');

export function rulePackRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      requireAdmin(c.get('user'));
      const [stored, agencies] = await Promise.all([repo.rulePacks.list(), repo.listAgencies()]);
      return c.json(rulePackView({ file: packs, stored, agencies }), 200);
    })
    .openapi(reportPackRoute, async (c) => {
      const { stored } = await loadReadable(repo, c.get('user'), c.req.valid('param').id);
      return c.json(await packFor(repo, { packs, agencyId: stored.agencyId }), 200);
    })
    .openapi(
      createPackRoute,
      async (c) => {
        const user = requireAdmin(c.get('user'));
        const pack = c.req.valid('json');
        checkSubtrees(pack, await repo.listAgencies());
        const stored = await repo.rulePacks.create(pack, user.username);
        await audit({ repo, c, action: 'rule-pack.create', target: stored.id, details: { pack } });
        return c.json(stored, 201, { location: `/api/rule-packs/${stored.id}` });
      },
      (result, c) => adminsInChinese(result, c),
    )
    .openapi(
      updatePackRoute,
      async (c) => {
        const user = requireAdmin(c.get('user'));
        const { id } = c.req.valid('param');
        const pack = c.req.valid('json');
        checkSubtrees(pack, await repo.listAgencies());
        const stored = await repo.rulePacks.update(id, pack, user.username);
        if (!stored) throw notFound();
        await audit({ repo, c, action: 'rule-pack.update', target: id, details: { pack } });
        return c.json(stored, 200);
      },
      (result, c) => adminsInChinese(result, c),
    )
    .openapi(deletePackRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { id } = c.req.valid('param');
      const deleted = await repo.rulePacks.delete(id);
      if (!deleted) throw notFound();
      await audit({
        repo,
        c,
        action: 'rule-pack.delete',
        target: id,
        details: { pack: deleted.pack },
      });
      return c.body(null, 204);
    });
}
