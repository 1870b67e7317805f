import { z } from '@hono/zod-openapi';
import { AgencySchema, ReportYearQuery } from '../http/schemas.js';
import { problemStatuses } from '../problems/problem-workflow.js';

export const ProblemStatusSchema = z.enum(problemStatuses).openapi('ProblemStatus', {
  description: 'open 待整改；rectified 已整改待复核；verified 复核通过',
});

const SourceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('finding'),
      rule: z.string(),
      severity: z.enum(['error', 'warning']),
      cells: z.array(z.string()).readonly(),
      message: z.string(),
    }),
    z.object({ kind: z.literal('late'), deadline: z.string(), publishedOn: z.string().nullable() }),
    z.object({ kind: z.literal('missing') }),
  ])
  .openapi('ProblemSource', {
    description: 'finding 报告的错误或未说明理由的警告；late 逾期发布或逾期未发布；missing 未报送',
  });

const StepSchema = z.object({
  number: z.int(),
  action: z.enum(['generate', 'rectify', 'verify', 'reopen']),
  status: ProblemStatusSchema,
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  note: z.string().nullable(),
  reportId: z.string().nullable(),
  at: z.string(),
});

export const ProblemItemSchema = z
  .object({
    id: z.string(),
    issuerId: z.string().openapi({ description: '下发问题清单的机关' }),
    issuerName: z.string(),
    year: z.int(),
    agencyId: z.string(),
    source: SourceSchema,
    text: z.string(),
    status: ProblemStatusSchema,
    statusName: z.string(),
    reportId: z.string().nullable().openapi({ description: '发现问题时的报告' }),
    rectifiedReportId: z.string().nullable().openapi({ description: '整改时所附的更正后报告' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    steps: z.array(StepSchema).readonly().openapi({ description: '每一步：谁、何时、说明' }),
  })
  .openapi('ProblemItem');

export const ProblemCountsSchema = z.object({
  open: z.int(),
  rectified: z.int(),
  verified: z.int(),
});

export const ProblemListsSchema = z
  .object({
    year: z.int(),
    office: AgencySchema,
    counts: ProblemCountsSchema.openapi({ description: '全部单位合计' }),
    rows: z.array(
      z.object({
        agency: AgencySchema,
        counts: ProblemCountsSchema,
        items: z.array(ProblemItemSchema),
      }),
    ),
  })
  .openapi('ProblemLists');

export const OfficeQuery = z.object({
  year: ReportYearQuery,
  within: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: '下发问题清单的机关（id 或名称）；其下所辖单位（不含其本身）' }),
});
