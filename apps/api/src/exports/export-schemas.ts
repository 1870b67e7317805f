import { z } from '@hono/zod-openapi';
import { formatIds, outputFormats } from './output-formats.js';

/** `?to=` of an export route: one of the listed formats, else 400 naming them. */
export const ExportQuery = z.object({
  to: z
    .enum(formatIds, { error: `to 应为以下之一：${formatIds.join('、')}` })
    .openapi({ description: `导出格式：${formatIds.join('、')}` }),
});

/** The 200 answer of an export route: one media type per format. */
export const exportContent = {
  description: '导出的文件（Content-Disposition 给出中文文件名）',
  content: Object.fromEntries(
    outputFormats.map((format) => [
      format.mediaType,
      { schema: z.string().openapi({ format: 'binary' }) },
    ]),
  ),
};

export const ExportFormatSchema = z
  .object({ id: z.string(), label: z.string(), extension: z.string(), mediaType: z.string() })
  .openapi('ExportFormat');
