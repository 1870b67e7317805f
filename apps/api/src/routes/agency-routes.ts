import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { agencyLevels } from '@nianbao/schema';
import { descendantsOf, requireAdmin } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { AgencySchema, IdParams, jsonContent, problemResponses, dbText } from '../http/schemas.js';

const tags = ['机关'];

const AgencyInput = z
  .object({
    name: dbText().trim().min(1).max(200),
    parentId: dbText().max(100).nullable().optional(),
    level: z.enum(agencyLevels).nullable().optional(),
  })
  .openapi('AgencyInput');

const listRoute = createRoute({
  method: 'get',
  path: '/api/agencies',
  tags,
  summary: '列出全部机关（层级由 parentId 表示）',
  responses: { 200: jsonContent(z.array(AgencySchema), '机关列表') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/agencies/{id}',
  tags,
  summary: '读取一个机关',
  request: { params: IdParams },
  responses: { 200: jsonContent(AgencySchema, '机关'), ...problemResponses(404) },
});

const createAgencyRoute = createRoute({
  method: 'post',
  path: '/api/agencies',
  tags,
  summary: '新建机关（管理员）',
  request: { body: { content: { 'application/json': { schema: AgencyInput } }, required: true } },
  responses: { 201: jsonContent(AgencySchema, '新机关'), ...problemResponses(400, 401, 403, 409) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/agencies/{id}',
  tags,
  summary: '修改机关（管理员）',
  request: {
    params: IdParams,
    body: {
      content: { 'application/json': { schema: AgencyInput.partial().openapi('AgencyPatch') } },
      required: true,
    },
  },
  responses: {
    200: jsonContent(AgencySchema, '机关'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/agencies/{id}',
  tags,
  summary: '删除机关（管理员；仍有下级、用户或报告时 409）',
  request: { params: IdParams },
  responses: { 204: { description: '已删除' }, ...problemResponses(401, 403, 404, 409) },
});

export function agencyRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => c.json(await repo.listAgencies(), 200))
    .openapi(getRoute, async (c) => {
      const agency = await repo.getAgency(c.req.valid('param').id);
      if (!agency) throw new ProblemError(404, '机关不存在');
      return c.json(agency, 200);
    })
    .openapi(createAgencyRoute, async (c) => {
      requireAdmin(c.get('user'));
      const input = c.req.valid('json');
      const agency = await repo.createAgency({
        name: input.name,
        parentId: input.parentId ?? null,
        level: input.level ?? null,
      });
      return c.json(agency, 201, { location: `/api/agencies/${agency.id}` });
    })
    .openapi(updateRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      if (patch.parentId && descendantsOf(await repo.listAgencies(), id).includes(patch.parentId))
        throw new ProblemError(409, '上级机关不能是它自己或它的下级', {
          errors: [{ path: 'body.parentId', message: '会形成循环' }],
        });
      const agency = await repo.updateAgency(id, patch);
      if (!agency) throw new ProblemError(404, '机关不存在');
      return c.json(agency, 200);
    })
    .openapi(deleteRoute, async (c) => {
      requireAdmin(c.get('user'));
      if (!(await repo.deleteAgency(c.req.valid('param').id)))
        throw new ProblemError(404, '机关不存在');
      return c.body(null, 204);
    });
}
