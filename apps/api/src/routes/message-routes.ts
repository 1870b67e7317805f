import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { IdParams, jsonContent, problemResponses } from '../http/schemas.js';
import { messageKinds } from '../messages/message-store.js';

const tags = ['消息'];
const count = z.int().min(0);

const MessageSchema = z
  .object({
    id: z.string(),
    kind: z.enum(messageKinds).openapi({
      description:
        'reminder 催报；submitted 待审核；returned 已退回；approved 已通过；published 已发布',
    }),
    agencyId: z.string().nullable().openapi({ description: '收件机关；发给个人的为 null' }),
    reportId: z.string().nullable(),
    year: z.int().nullable(),
    text: z.string(),
    senderId: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable().openapi({ description: '本人阅读的时间；未读为 null' }),
  })
  .openapi('Message');

const listRoute = createRoute({
  method: 'get',
  path: '/api/messages',
  tags,
  summary: '本人的消息（发给本人，或发给本机关本角色的），新的在前',
  request: {
    query: z.object({
      unread: z.enum(['true', 'false']).optional().openapi({ description: 'true 只列未读' }),
      page: z.coerce.number().pipe(z.int().min(1).max(100_000)).default(1),
      pageSize: z.coerce.number().pipe(z.int().min(1).max(200)).default(50),
    }),
  },
  responses: {
    200: jsonContent(
      z
        .object({ items: z.array(MessageSchema), total: count, unread: count })
        .openapi('MessagePage'),
      '一页消息',
    ),
    ...problemResponses(400, 401),
  },
});

const unreadRoute = createRoute({
  method: 'get',
  path: '/api/messages/unread-count',
  tags,
  summary: '本人未读消息的条数',
  responses: {
    200: jsonContent(z.object({ unread: count }).openapi('UnreadCount'), '未读条数'),
    ...problemResponses(401),
  },
});

const readRoute = createRoute({
  method: 'post',
  path: '/api/messages/{id}/read',
  tags,
  summary: '标为已读（只对本人；同机关的其他人仍为未读）',
  request: { params: IdParams },
  responses: {
    200: jsonContent(z.object({ unread: count }), '剩余未读条数'),
    ...problemResponses(401, 404),
  },
});

const readAllRoute = createRoute({
  method: 'post',
  path: '/api/messages/read-all',
  tags,
  summary: '本人的消息全部标为已读',
  responses: {
    200: jsonContent(z.object({ marked: count, unread: count }), '标记的条数'),
    ...problemResponses(401),
  },
});

/** The caller's own messages: list, unread count, mark read. */
export function messageRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { unread, page, pageSize } = c.req.valid('query');
      const { items, total } = await repo.messages.list(user, {
        unread: unread === 'true',
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return c.json({ items, total, unread: await repo.messages.unreadCount(user) }, 200);
    })
    .openapi(unreadRoute, async (c) => {
      const user = requireUser(c.get('user'));
      return c.json({ unread: await repo.messages.unreadCount(user) }, 200);
    })
    .openapi(readAllRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const marked = await repo.messages.markAllRead(user);
      return c.json({ marked, unread: await repo.messages.unreadCount(user) }, 200);
    })
    .openapi(readRoute, async (c) => {
      const user = requireUser(c.get('user'));
      if (!(await repo.messages.markRead(user, c.req.valid('param').id)))
        throw new ProblemError(404, '没有这条消息');
      return c.json({ unread: await repo.messages.unreadCount(user) }, 200);
    });
}
