import { z } from '@hono/zod-openapi';
import { rulePackInputSchema } from '@nianbao/config';
import { warningRuleIds } from '@nianbao/schema';

const setting = z.enum(['off', 'warning']);

const Subtree = {
  within: z.string().nullable().openapi({ description: '写的机关编号或名称；null 为全部机关' }),
  agency: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .openapi({ description: 'within 所指的机关；没有对应机关时为 null' }),
};

const Source = {
  source: z
    .enum(['file', 'database'])
    .openapi({ description: 'file：配置文件（只读）；database：管理界面建立（可修改）' }),
  packId: z.string().nullable().openapi({ description: '管理界面建立的规则设置的编号' }),
};

export const StoredRulePackSchema = z
  .object({
    id: z.string(),
    pack: rulePackInputSchema(warningRuleIds()),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .openapi('StoredRulePack');

export const RulePacksSchema = z
  .object({
    file: z.string().nullable().openapi({ description: '读取的配置文件；null 为没有配置文件' }),
    catalog: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.enum(['error', 'warning']),
        basis: z.string(),
      }),
    ),
    rules: z.array(
      z.object({ rule: z.string(), title: z.string(), setting, ...Subtree, ...Source }),
    ),
    deadlines: z.array(
      z.object({
        date: z.string().openapi({ description: 'MM-DD（报告年度的次年）' }),
        ...Subtree,
        ...Source,
      }),
    ),
    packs: z.array(StoredRulePackSchema.omit({ createdAt: true })),
  })
  .openapi('RulePacks');

export const AgencyPackSchema = z
  .object({
    rules: z.record(z.string(), setting).openapi({ description: '规则编号 → off 或 warning' }),
    deadline: z.string().optional().openapi({ description: '本地发布期限 MM-DD（报告年度次年）' }),
  })
  .openapi('AgencyPack');
