import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { actorRoles } from '@nianbao/schema';
import { audit } from '../auth/audit.js';
import { inScope, requireUser, scopeOf } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { jsonContent, problemResponses, ReportYear } from '../http/schemas.js';
import { reminderMessages } from '../messages/reminders.js';
import { withDeadlines } from '../reports/progress.js';
import { packLookup, type RulePacks } from '../reports/rule-packs.js';
import { todayInChina } from '../reports/today-in-china.js';

export const maxReminders = 500;

const ReminderBody = z
  .object({
    agencyIds: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(maxReminders)
      .openapi({ description: `催报的机关，须在本人所辖范围内，至多 ${maxReminders} 个` }),
    year: ReportYear,
    text: z
      .string()
      .trim()
      .max(500)
      .optional()
      .openapi({ description: '催报内容；缺省为按期限生成的提醒' }),
  })
  .openapi('Reminder');

const reminderRoute = createRoute({
  method: 'post',
  path: '/api/reminders',
  tags: ['消息'],
  summary: '催报：给所辖机关的编辑发消息（审核人、管理员），每个机关记入审计日志',
  request: { body: { content: { 'application/json': { schema: ReminderBody } }, required: true } },
  responses: {
    200: jsonContent(z.object({ sent: z.int().min(0) }).openapi('ReminderResult'), '已发送'),
    ...problemResponses(400, 401, 403, 422),
  },
});

export function reminderRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(reminderRoute, async (c) => {
    const user = requireUser(c.get('user'));
    if (!actorRoles.reviewer.includes(user.role))
      throw new ProblemError(403, '只有审核人或管理员可以催报');
    const body = c.req.valid('json');
    const ids = [...new Set(body.agencyIds)];
    const scope = await scopeOf(repo, user);
    const outside = ids.filter((id) => !inScope(scope, id));
    if (outside.length > 0)
      throw new ProblemError(
        403,
        `只能催报所辖机关：${String(outside.length)} 个机关不在所辖范围内`,
      );
    const byId = new Map((await repo.listAgencies()).map((agency) => [agency.id, agency]));
    const agencies = ids.map((id) => byId.get(id));
    if (agencies.some((agency) => agency === undefined))
      throw new ProblemError(422, '没有这个机关', {
        errors: [{ path: 'json.agencyIds', message: '有不存在的机关' }],
      });
    // The deadline the 填报进度 page shows: statutory, or the local one when earlier.
    const rows = agencies.flatMap((agency) =>
      agency ? [{ agency, report: undefined, errors: 0, warnings: 0 }] : [],
    );
    const packOf = packLookup(packs, [...byId.values()]);
    const messages = reminderMessages({
      agencies: withDeadlines(rows, { year: body.year, today: todayInChina(), packOf }),
      year: body.year,
      text: body.text,
      senderId: user.id,
    });
    await repo.messages.send(messages);
    for (const message of messages)
      await audit({
        repo,
        c,
        action: 'reminder.send',
        target: 'agencyId' in message.to ? message.to.agencyId : null,
        details: { year: body.year, text: message.text },
      });
    return c.json({ sent: messages.length }, 200);
  });
}
