import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { jsonContent } from '../http/schemas.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['运行状态'],
  summary: '服务是否在运行（不访问数据库）',
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), '正常') },
});

export function healthRoutes() {
  return new OpenAPIHono<AppEnv>().openapi(healthRoute, (c) => c.json({ ok: true as const }, 200));
}
