import { rulePackInputProblems, rulePackInputSchema, type RulePackInput } from '@nianbao/config';
import { catalogRules, reportingYear, statutoryDeadline, warningRuleIds } from '@nianbao/schema';
import type { Agency } from '../db/repository.js';
import { ProblemError, type FieldError } from '../http/problem.js';
import { todayInChina } from '../reports/today-in-china.js';

/** The agency a `within` names (by id, else by name); null when none does. */
export const agencyNamed = (agencies: readonly Agency[], within: string): Agency | null =>
  agencies.find((a) => a.id === within) ?? agencies.find((a) => a.name === within) ?? null;

function refuse(detail: string, errors: FieldError[]): never {
  throw new ProblemError(400, detail, { errors });
}

/** Rules named in the body that are errors: they cannot be switched off (nor on). */
function errorRulesIn(body: unknown): FieldError[] {
  const rules = (body as { rules?: unknown } | null)?.rules;
  if (typeof rules !== 'object' || rules === null) return [];
  const errors = new Map(
    catalogRules()
      .filter((rule) => rule.severity === 'error')
      .map((rule) => [rule.id, rule.title]),
  );
  return Object.keys(rules).flatMap((id) => {
    const title = errors.get(id);
    return title === undefined
      ? []
      : [{ path: `body/rules/${id}`, message: `${id}（${title}）是错误，不能关闭` }];
  });
}

/** A local deadline later than the statutory one of the agency it is for (MM-DD compared). */
function lateDeadlines(pack: RulePackInput, agencies: readonly Agency[]): FieldError[] {
  const year = reportingYear(todayInChina());
  return (pack.deadlines ?? []).flatMap(({ within, date }, i) => {
    const agency = agencyNamed(agencies, within);
    const statutory = agency && statutoryDeadline(agency, year)?.slice(5);
    if (!agency || !statutory || date <= statutory) return [];
    const message = `本地期限只能早于法定期限：${agency.name}的法定期限为次年 ${statutory}，不能设为 ${date}`;
    return [{ path: `body/deadlines/${String(i)}/date`, message }];
  });
}

/** Subtrees that name no agency. */
function unknownSubtrees(pack: RulePackInput, agencies: readonly Agency[]): FieldError[] {
  const rules = Object.entries(pack.rules ?? {}).map(([id, value]) => ({
    path: `body/rules/${id}/within`,
    within: typeof value === 'object' ? value.within : undefined,
  }));
  const deadlines = (pack.deadlines ?? []).map(({ within }, i) => ({
    path: `body/deadlines/${String(i)}/within`,
    within,
  }));
  return [...rules, ...deadlines].flatMap(({ path, within }) =>
    within === undefined || agencyNamed(agencies, within)
      ? []
      : [{ path, message: `没有名称或编号为“${within}”的机关` }],
  );
}

/**
 * The rule pack in a request body, as the file would take it; otherwise 400 naming each wrong
 * field in Chinese (an error rule first: errors cannot be switched off).
 */
export function parseRulePack(body: unknown): RulePackInput {
  const errorRules = errorRulesIn(body);
  if (errorRules.length > 0) refuse('只有提醒可以关闭或打开，错误总要检查', errorRules);
  const ruleIds = warningRuleIds();
  const result = rulePackInputSchema(ruleIds).safeParse(body);
  if (result.success) return result.data;
  return refuse(
    '规则设置不符合要求',
    rulePackInputProblems(result.error.issues, ruleIds).map(({ name, accepted }) => ({
      path: `body${name}`,
      message: accepted,
    })),
  );
}

/** 400 unless every subtree names an agency and every local deadline is the statutory one's or earlier. */
export function checkSubtrees(pack: RulePackInput, agencies: readonly Agency[]): void {
  const wrong = [...unknownSubtrees(pack, agencies), ...lateDeadlines(pack, agencies)];
  if (wrong.length > 0) refuse(wrong.map((error) => error.message).join('；'), wrong);
}
