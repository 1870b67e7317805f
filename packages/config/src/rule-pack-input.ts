import { z } from 'zod';
import { issuePointers } from './issue-pointers.js';
import { rulePackAccepted, rulePackSchema } from './rule-pack.js';

/** One rule pack as the admin UI and API take it: `rules` and `deadlines`, as in the file. */
export const rulePackInputSchema = (ruleIds?: readonly string[]) =>
  z.strictObject(rulePackSchema(ruleIds));

export type RulePackInput = z.infer<ReturnType<typeof rulePackInputSchema>>;

/** Each wrong field of a rule pack: its JSON pointer and, in Chinese, what it accepts. */
export function rulePackInputProblems(
  issues: readonly z.core.$ZodIssue[],
  ruleIds?: readonly string[],
): { name: string; accepted: string }[] {
  return issuePointers(issues).map((name) => ({
    name,
    accepted:
      rulePackAccepted(name, ruleIds) ??
      (name === ''
        ? '应为一个对象：{"rules": {…}, "deadlines": […]}'
        : '不是可用的字段，只能有 rules 与 deadlines'),
  }));
}
