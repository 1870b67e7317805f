import { z } from '@hono/zod-openapi';
import { reportStatuses, roles, supportedYears } from '@nianbao/schema';

// Zod schemas of the API's resources: they validate input and generate /api/openapi.json.

/** A report in nianbao's JSON format; the full schema is the `Report` component. */
export const ReportJson = z
  .unknown()
  .openapi({ $ref: '#/components/schemas/Report' } as Record<string, unknown>);

/** A report year some format of the template covers (`supportedYears` of @nianbao/schema). */
export const ReportYear = z
  .int()
  .min(supportedYears.first)
  .max(supportedYears.last)
  .openapi({ description: `报告年度（${supportedYears.first}–${supportedYears.last}）` });
/** `ReportYear` as a query parameter (text). */
export const ReportYearQuery = z.coerce.number().pipe(ReportYear);

/** A string that may reach the database: PostgreSQL text cannot hold U+0000. */
export const dbText = () =>
  z.string().refine((value) => !value.includes('\u0000'), { error: '不能包含空字符（U+0000）' });

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
    findings: z.array(z.unknown()).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details（application/problem+json）' });

export const FindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning']),
    cells: z.array(z.string()).readonly(),
    message: z.string(),
  })
  .openapi('Finding');

export const ValidationResultSchema = z
  .object({ ok: z.boolean(), findings: z.array(FindingSchema) })
  .openapi('ValidationResult');

export const StatusSchema = z.enum(reportStatuses).openapi('ReportStatus');
export const RoleSchema = z.enum(roles).openapi('Role');

const reportFields = {
  id: z.string(),
  agencyId: z.string(),
  year: z.int(),
  status: StatusSchema,
  correctsId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  milestones: z.int().openapi({
    description:
      '已走过的流程节点数（提交、撤回、退回、通过、发布、更正），即界面上的“版本”；保存不计入',
  }),
  version: z.int().openapi({ description: '每次写入加一，即 ETag；保存时放入 If-Match' }),
  correctedById: z
    .string()
    .nullable()
    .openapi({ description: '更正本报告并已发布的更正版本；未被更正时为 null' }),
  correctionReason: z
    .string()
    .nullable()
    .openapi({ description: '更正版本的更正说明；原报告为 null' }),
};

export const ReportSummarySchema = z.object(reportFields).openapi('ReportSummary');
export const ReportResourceSchema = z
  .object({ ...reportFields, report: ReportJson })
  .openapi('ReportResource');

export const ReportPageSchema = z
  .object({
    items: z.array(ReportSummarySchema),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
  })
  .openapi('ReportPage');

export const AgencySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    level: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Agency');

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string().nullable().openapi({ description: '姓名；未填写时显示用户名' }),
    agencyId: z.string(),
    role: RoleSchema,
    createdAt: z.string(),
    disabled: z.boolean().openapi({ description: '已停用：不能登录' }),
    mustChangePassword: z.boolean().openapi({ description: '管理员重置后须先修改密码' }),
  })
  .openapi('User');

export const RevisionSchema = z
  .object({
    reportId: z.string(),
    number: z.int(),
    action: z.string(),
    status: StatusSchema,
    userId: z.string().nullable(),
    username: z.string().nullable(),
    name: z.string().nullable().openapi({ description: '操作人的姓名，未填写时为 null' }),
    comment: z.string().nullable().openapi({ description: '随此步给出的意见，如退回意见' }),
    createdAt: z.string(),
    changes: z.array(z.string()).readonly(),
  })
  .openapi('Revision');

export const IdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

interface ProblemResponse {
  readonly description: string;
  readonly content: { 'application/problem+json': { schema: typeof ProblemSchema } };
}

/** Error responses every route may give, documented once. */
export const problemResponses = <const S extends number>(...statuses: S[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: `错误（${status}）`,
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  ) as Record<S, ProblemResponse>;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
