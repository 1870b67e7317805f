import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { audit } from '../auth/audit.js';
import { requireAdmin } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { dbText, jsonContent, problemResponses } from '../http/schemas.js';
import { auditCsv } from './audit-csv.js';

const tags = ['审计'];

const AuditEntrySchema = z
  .object({
    seq: z.int(),
    at: z.string(),
    userId: z.string().nullable(),
    userName: z.string().nullable().openapi({ description: '登录失败时为尝试的用户名' }),
    address: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string().openapi({ description: 'sha256(prevHash + 规范化的本条记录)' }),
  })
  .openapi('AuditEntry');

const AuditQuery = z.object({
  user: dbText().max(100).optional(),
  action: dbText().max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'csv']).default('json'),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  tags,
  summary: '审计日志（管理员；新的在前；format=csv 导出全部符合条件的记录）',
  request: { query: AuditQuery },
  responses: {
    200: {
      ...jsonContent(
        z.object({
          items: z.array(AuditEntrySchema),
          total: z.int(),
          page: z.int(),
          pageSize: z.int(),
        }),
        '一页审计记录',
      ),
    },
    ...problemResponses(400, 401, 403),
  },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags,
  summary: '校验审计日志的哈希链（管理员）',
  responses: {
    200: jsonContent(
      z.object({
        intact: z.boolean(),
        count: z.int(),
        brokenAt: z.int().optional().openapi({ description: '第一条对不上的记录的序号' }),
      }),
      '校验结果',
    ),
    ...problemResponses(401, 403),
  },
});

// A CSV export takes at most this many entries: narrow the dates for more.
const csvLimit = 100_000;

export function auditRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { page, pageSize, format, ...filter } = c.req.valid('query');
      if (format === 'csv') {
        const { items } = await repo.audit.list({ ...filter, limit: csvLimit, offset: 0 });
        await audit({
          repo,
          c,
          action: 'audit.export',
          details: { ...filter, count: items.length },
        });
        return c.body(auditCsv(items), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="audit-log.csv"',
        }) as never;
      }
      const offset = (page - 1) * pageSize;
      const { items, total } = await repo.audit.list({ ...filter, limit: pageSize, offset });
      return c.json({ items, total, page, pageSize }, 200);
    })
    .openapi(verifyRoute, async (c) => {
      requireAdmin(c.get('user'));
      const { count, brokenAt } = await repo.audit.verify();
      return c.json({ intact: brokenAt === undefined, count, brokenAt }, 200);
    });
}
