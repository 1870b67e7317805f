import { z } from '@hono/zod-openapi';
import { ReportJson } from '../http/schemas.js';

// What anyone may read: published versions only, with no user, revision or comment in them.

const summaryFields = {
  id: z.string(),
  agencyId: z.string(),
  agency: z.string().openapi({ description: '机关名称' }),
  year: z.int(),
  title: z.string().openapi({ description: '报告标题，更正版本以“（更正）”结尾' }),
  publishedOn: z.string().nullable().openapi({ description: '发布日期（YYYY-MM-DD）' }),
  isCorrection: z.boolean(),
};

export const PublicReportSummarySchema = z.object(summaryFields).openapi('PublicReportSummary');

export const PublicReportPageSchema = z
  .object({
    items: z.array(PublicReportSummarySchema),
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
    years: z.array(z.int()).openapi({ description: '有已发布报告的年度，供筛选' }),
    agencies: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .openapi({ description: '有已发布报告的机关，供筛选' }),
  })
  .openapi('PublicReportPage');

export const PublicReportSchema = z
  .object({
    ...summaryFields,
    correctsId: z.string().nullable().openapi({ description: '本更正版本所更正的原报告' }),
    correctedById: z.string().nullable().openapi({ description: '更正本报告的已发布版本' }),
    correctionReason: z.string().nullable(),
    report: ReportJson,
  })
  .openapi('PublicReport');
