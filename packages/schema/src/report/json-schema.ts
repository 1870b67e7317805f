import { z } from 'zod/mini';
import { cellKindRules } from './cell-kinds.js';
import { reportSchemaUnion } from './report-schema.js';

const amount = cellKindRules.amount;

/** The JSON Schema (draft 2020-12) of nianbao's report format, for systems that produce reports. */
export function reportJsonSchema(): Record<string, unknown> {
  const union = reportSchemaUnion().register(z.globalRegistry, {
    title: '政府信息公开工作年度报告（nianbao JSON 格式第 1 版）',
    description: `一份报告一个 JSON 文档；格式见 国办公开办函〔2021〕30号。金额单位为${amount.unit}，最多 ${amount.maxDecimals} 位小数。`,
  });
  return {
    $id: 'https://nianbao.dev/report.schema.json',
    ...z.toJSONSchema(union, { target: 'draft-2020-12' }),
  };
}
