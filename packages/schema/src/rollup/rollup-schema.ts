import { z } from 'zod/mini';

/** The zod schema of a roll-up's `rollup` field (contract §5). */
export const rollupSchema = z
  .strictObject({
    included: z.array(
      z.strictObject({
        agency: z.string(),
        reportId: z.optional(z.string()),
        file: z.optional(z.string()),
      }),
    ),
    missing: z.array(z.string()),
  })
  .register(z.globalRegistry, { description: '汇总报告：计入的各机关报告与缺报的机关' });
