import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { renderListXlsx } from '@nianbao/xlsx';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { contentDisposition } from '../http/content-disposition.js';
import { problemResponses } from '../http/schemas.js';
import { selectRows } from '../reports/progress.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { loadProgress, progressFilters } from './overview-query.js';
import { progressSheet } from './overview-sheet.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/overview/export',
  tags: ['汇总'],
  summary: '导出填报进度表（Excel）：筛选与排序同 /api/overview，不分页',
  request: {
    query: z.object({
      ...progressFilters,
      to: z.enum(['xlsx']).default('xlsx').openapi({ description: '导出格式' }),
    }),
  },
  responses: {
    200: {
      description: '填报进度表（.xlsx），首行为表头并冻结',
      content: { [xlsxType]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses(400, 401),
  },
});

export function overviewExportRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>().openapi(exportRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const query = c.req.valid('query');
    const progress = await loadProgress(repo, { user, packs, year: query.year });
    const { rows } = selectRows(progress.rows, {
      ...query,
      page: 1,
      pageSize: Number.MAX_SAFE_INTEGER,
    });
    const sheet = progressSheet({ year: progress.year, rows });
    const bytes = await renderListXlsx(sheet);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': xlsxType,
      'content-disposition': contentDisposition({
        fileName: `${sheet.title}.xlsx`,
        fallback: `progress-${String(progress.year)}.xlsx`,
        disposition: 'attachment',
      }),
    });
  });
}
