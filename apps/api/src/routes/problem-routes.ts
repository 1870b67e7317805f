import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { audit } from '../auth/audit.js';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { jsonContent, problemResponses, ReportYear, ReportYearQuery } from '../http/schemas.js';
import { generateProblems } from '../problems/generate-problems.js';
import { countStatuses, itemView } from '../problems/item-view.js';
import { officeUnits } from '../problems/office-units.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { todayInChina } from '../reports/today-in-china.js';
import { OfficeQuery, ProblemItemSchema, ProblemListsSchema } from './problem-schemas.js';

const generateRoute = createRoute({
  method: 'post',
  path: '/api/problem-lists',
  tags: ['问题清单'],
  summary: '生成问题清单：所辖各单位报告的错误、未说明理由的警告、逾期与未报送，每单位一份',
  description: '再次生成不重复已有的问题（同一单位、同一来源），也不重开已复核通过的问题。',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ year: ReportYear, within: OfficeQuery.shape.within }),
        },
      },
    },
  },
  responses: {
    200: jsonContent(
      z.object({ units: z.int(), added: z.int(), kept: z.int() }),
      '检查的单位数、新增与已有的问题数',
    ),
    ...problemResponses(400, 401, 403, 404),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/problem-lists',
  tags: ['问题清单'],
  summary: '所辖各单位的问题清单：每单位各状态的问题数与问题（审核人、管理员）',
  request: { query: OfficeQuery },
  responses: {
    200: jsonContent(ProblemListsSchema, '问题清单'),
    ...problemResponses(400, 401, 403, 404),
  },
});

const mineRoute = createRoute({
  method: 'get',
  path: '/api/problem-lists/mine',
  tags: ['问题清单'],
  summary: '本单位收到的问题清单',
  request: { query: z.object({ year: ReportYearQuery }) },
  responses: {
    200: jsonContent(
      z.object({ year: z.int(), items: z.array(ProblemItemSchema) }),
      '本单位的问题',
    ),
    ...problemResponses(400, 401),
  },
});

export function problemRoutes(repo: Repository, packs: RulePacks) {
  return new OpenAPIHono<AppEnv>()
    .openapi(generateRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { year, within } = c.req.valid('json');
      const result = await generateProblems(repo, {
        user,
        within,
        year,
        today: todayInChina(),
        packs,
      });
      const { officeId, ...counts } = result;
      await audit({
        repo,
        c,
        action: 'problems.generate',
        target: officeId,
        details: { year, ...counts },
      });
      return c.json(counts, 200);
    })
    .openapi(mineRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { year } = c.req.valid('query');
      const items = await repo.problems.listItems({ year, agencyId: user.agencyId });
      const agencies = await repo.listAgencies();
      return c.json({ year, items: items.map((item) => itemView(item, agencies)) }, 200);
    })
    .openapi(listRoute, async (c) => {
      const user = requireUser(c.get('user'));
      const { year, within } = c.req.valid('query');
      const { office, agencies, units } = await officeUnits(repo, { user, within });
      const items = await repo.problems.listItems({ year, issuerId: office.id });
      const rows = units.map((agency) => {
        const own = items.filter((item) => item.agencyId === agency.id);
        return {
          agency,
          counts: countStatuses(own),
          items: own.map((item) => itemView(item, agencies)),
        };
      });
      return c.json({ year, office, counts: countStatuses(items), rows }, 200);
    });
}
