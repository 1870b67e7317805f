import { cellKindRules } from '../report/cell-kinds.js';
import type { TemplateDef } from '../template/template.js';
import type { RuleDef, Severity } from './types.js';

/** The structural rule; its findings come from the zod schema rather than an evaluator. */
export const schemaRule = {
  id: 'schema',
  severity: 'error' as Severity,
  title: '结构与类型',
  basis: `nianbao JSON 格式第 1 版：字段齐全、无未知字段、数字为非负整数、金额最多 ${cellKindRules.amount.maxDecimals} 位小数、格式与年度相符`,
  checks: `structure and types: fields, non-negative integer counts, amounts with ≤ ${cellKindRules.amount.maxDecimals} decimals, format fits the year`,
};

// What each template rule checks, in English, for documentation (the README's rule table).
const ruleChecks: Readonly<Record<string, string>> = {
  'entry.invalid':
    'a cell holds an entry that is not a number (“五”, “2 件 3”, “/”), kept as typed',
  'requests.balance': 'table 三, each column: 一 + 二 = 三（七）+ 四',
  'requests.rowTotal': 'table 三, each row: 总计 = the six applicant columns',
  'requests.handledTotal': 'table 三, each column: （七）总计 = the results （一）–（六）',
  'appeals.groupTotal': 'table 四, each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结',
  'crossYear.carriedOver': "with `--previous`: 二、上年结转 = last year's 四、结转下年度",
  'crossYear.inForce': "with `--previous`: 现行有效 = last year's + 制发 − 废止",
  'narrative.empty': 'a prose section is empty (六 says at least “无。”)',
  'narrative.numbers':
    'a figure the prose states (予以公开 258 件, 规范性文件, 行政许可) differs from the table',
  'narrative.copied':
    "with `--previous`: 总体情况 or 五 is at least 90 % the same text as last year's",
  'narrative.problemsMissing': '五 says only “无” or gives no 改进措施',
  'narrative.feesMissing':
    '六 (or another section) does not state the 信息处理费 charged (0 included)',
  'narrative.overviewAspects':
    '总体情况 skips one of 主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障',
  'trend.jump':
    "with `--previous`: 收到申请, 行政许可 or 行政处罚 is over 3× or under ⅓ of last year's (by 20 or more)",
  'agency.regulations': 'a township or county body reports 规章',
  'publication.late': 'published after 31 January (31 March for a county-or-above government)',
};

/** Every address of this report that a rule reads (cross-year rules: this year's cells only). */
export function ruleCells(rule: RuleDef): string[] {
  switch (rule.kind) {
    case 'sum':
    case 'equation':
      return [
        ...new Set(
          rule.equations.flatMap((e) =>
            [...e.left, ...e.right].filter((t) => !t.isPrevious).map((t) => t.address),
          ),
        ),
      ];
    case 'nonEmpty':
      return rule.fields.map((field) => field.address);
    case 'zeroForLevels':
      return ['agency.level', ...rule.cells.map((cell) => cell.address)];
    case 'deadline':
      return ['publishedOn', 'year', 'agency.level'];
    case 'invalidEntry':
      return [];
    case 'proseCovers':
      return [rule.field.address, ...rule.alsoIn];
    case 'copiedProse':
      return rule.fields.map((field) => field.address);
    case 'trend':
      return rule.cells.map((cell) => cell.address);
    case 'narrativeNumbers':
      return [
        ...rule.fields.map((field) => field.address),
        ...new Set(
          rule.claims.flatMap((claim) => [...claim.cells, ...(claim.alternatives ?? []).flat()]),
        ),
      ];
  }
}

/**
 * Every rule a template's reports are checked against, the schema rule first: id, severity,
 * Chinese title and basis, `checks` in English (the title when none is written), cell addresses.
 */
export function ruleCatalog(template: TemplateDef) {
  return [
    { ...schemaRule, cells: [] as string[] },
    ...template.rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      title: rule.title,
      basis: rule.basis,
      checks: ruleChecks[rule.id] ?? rule.title,
      cells: ruleCells(rule),
    })),
  ];
}
