import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { audit } from '../auth/audit.js';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { contentDisposition } from '../http/content-disposition.js';
import { problemResponses } from '../http/schemas.js';
import { noticeFormats, noticeOf } from '../problems/notice-file.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { todayInChina } from '../reports/today-in-china.js';
import { OfficeQuery } from './problem-schemas.js';

const formats = Object.keys(noticeFormats) as (keyof typeof noticeFormats)[];

const noticeRoute = createRoute({
  method: 'get',
  path: '/api/problem-lists/notice',
  tags: ['问题清单'],
  summary: '通报（草稿）：检查情况、各单位的问题与整改要求，Word 或 PDF',
  request: {
    query: OfficeQuery.extend({
      to: z
        .enum(formats, { error: `to 应为以下之一：${formats.join('、')}` })
        .openapi({ description: '格式：docx 或 pdf' }),
    }),
  },
  responses: {
    200: {
      description: '通报草稿（Content-Disposition 给出中文文件名）',
      content: Object.fromEntries(
        Object.values(noticeFormats).map((format) => [
          format.mediaType,
          { schema: z.string().openapi({ format: 'binary' }) },
        ]),
      ),
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function problemNoticeRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(noticeRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const { year, within, to } = c.req.valid('query');
    const notice = await noticeOf(repo, { user, within, year, today: todayInChina(), packs });
    const format = noticeFormats[to];
    const bytes = await format.render(notice);
    await audit({ repo, c, action: 'problems.notice', target: within, details: { year, to } });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': format.mediaType,
      'content-disposition': contentDisposition({
        fileName: `${notice.title}（草稿）.${to}`,
        fallback: `notice-${String(year)}.${to}`,
        disposition: 'attachment',
      }),
    });
  });
}
