import { z } from 'zod';

/** What a deployment may do with a warning: switch it off, or keep it on (in a subtree). */
export const ruleSettings = ['off', 'warning'] as const;
export type RuleSetting = (typeof ruleSettings)[number];

/** One rule's setting in `nianbao.config.json`, for every agency or only `within` one subtree. */
export interface RulePackEntry {
  readonly rule: string;
  readonly setting: RuleSetting;
  /** An agency id or name: the setting applies to it and the agencies under it. */
  readonly within?: string;
}

/** A local deadline (contract §5): reports of agencies `within` are due by `date` (MM-DD). */
export interface LocalDeadline {
  readonly within: string;
  readonly date: string;
}

const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `rules` and `deadlines` of `nianbao.config.json`; `ruleIds` (when known) are the warnings one may set. */
export function rulePackSchema(ruleIds?: readonly string[]) {
  const setting = z.enum(ruleSettings);
  const value = z.union([
    setting,
    z.strictObject({ setting, within: z.string().trim().min(1).optional() }),
  ]);
  const key = ruleIds ? z.enum(ruleIds as [string, ...string[]]) : z.string().min(1);
  return {
    rules: z.partialRecord(key, value).optional(),
    deadlines: z
      .array(z.strictObject({ within: z.string().trim().min(1), date: z.string().regex(monthDay) }))
      .optional(),
  };
}

/** The accepted forms at a JSON pointer under `rules` or `deadlines`, in Chinese; undefined elsewhere. */
export function rulePackAccepted(pointer: string, ruleIds?: readonly string[]): string | undefined {
  if (pointer === '/rules')
    return '应为一个对象，键为提醒的规则编号，值为 "off"、"warning" 或 {"setting", "within"}';
  if (/^\/rules\/[^/]+$/.test(pointer))
    return ruleIds
      ? `应为 "off" 或 "warning"（或 {"setting": "off", "within": "机关"}），键为可设置的提醒：${ruleIds.join('、')}`
      : '应为 "off" 或 "warning"（或 {"setting": "off", "within": "机关"}）';
  if (pointer.startsWith('/rules/'))
    return '"setting" 为 "off" 或 "warning"，"within" 为机关编号或名称';
  if (pointer.startsWith('/deadlines'))
    return '应为数组，每项为 {"within": "机关编号或名称", "date": "MM-DD"}，如 {"within": "平湖市", "date": "01-20"}';
  return undefined;
}

type RulesValue = Partial<
  Record<string, RuleSetting | { setting: RuleSetting; within?: string | undefined }>
>;

/** The `rules` object as a list of entries. */
export const rulePackEntries = (rules: RulesValue | undefined): RulePackEntry[] =>
  Object.entries(rules ?? {}).flatMap(([rule, value]): RulePackEntry[] =>
    value === undefined
      ? []
      : typeof value === 'string'
        ? [{ rule, setting: value }]
        : [{ rule, setting: value.setting, ...(value.within ? { within: value.within } : {}) }],
  );

/**
 * What applies to one agency, given the ids and names of it and every agency above it: the
 * rules' settings (a setting `within` the nearest subtree wins) and the earliest local deadline.
 */
export function rulePackFor(
  pack: { rules: readonly RulePackEntry[]; deadlines: readonly LocalDeadline[] },
  agencyChain: readonly string[],
): { rules: Record<string, RuleSetting>; deadline?: string } {
  const depth = (within?: string) =>
    within === undefined ? agencyChain.length : agencyChain.indexOf(within);
  const rules: Record<string, RuleSetting> = {};
  const chosen: Record<string, number> = {};
  for (const entry of pack.rules) {
    const at = depth(entry.within);
    if (at < 0 || at >= (chosen[entry.rule] ?? Infinity)) continue;
    rules[entry.rule] = entry.setting;
    chosen[entry.rule] = at;
  }
  const dates = pack.deadlines.filter((d) => agencyChain.includes(d.within)).map((d) => d.date);
  const deadline = dates.sort()[0];
  return deadline === undefined ? { rules } : { rules, deadline };
}
