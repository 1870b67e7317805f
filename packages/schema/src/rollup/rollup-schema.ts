import { z } from 'zod';

/** The zod schema of a roll-up's `rollup` field (contract §5). */
export const rollupSchema = z
  .strictObject({
    included: z.array(
      z.strictObject({
        agency: z.string(),
        reportId: z.string().optional(),
        file: z.string().optional(),
      }),
    ),
    missing: z.array(z.string()),
  })
  .meta({ description: '汇总报告：计入的各机关报告与缺报的机关' });
