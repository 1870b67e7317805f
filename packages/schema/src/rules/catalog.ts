import { cellKindRules } from '../report/cell-kinds.js';
import type { TemplateDef } from '../template/template.js';
import type { RuleDef, Severity } from './types.js';

/** The structural rule; its findings come from the zod schema rather than an evaluator. */
export const schemaRule = {
  id: 'schema',
  severity: 'error' as Severity,
  title: '结构与类型',
  basis: `nianbao JSON 格式第 1 版：字段齐全、无未知字段、数字为非负整数、金额最多 ${cellKindRules.amount.maxDecimals} 位小数、格式与年度相符`,
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
    case 'narrativeNumbers':
      return [
        ...rule.fields.map((field) => field.address),
        ...new Set(rule.claims.flatMap((claim) => claim.cells)),
      ];
  }
}

/** Every rule a template's reports are checked against, the schema rule first. */
export function ruleCatalog(template: TemplateDef) {
  return [
    { ...schemaRule, cells: [] as string[] },
    ...template.rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      title: rule.title,
      basis: rule.basis,
      cells: ruleCells(rule),
    })),
  ];
}
