import type { z } from 'zod/mini';
import type { Finding } from '../rules/types.js';
import type { TemplateDef } from '../template/template.js';
import { describeField } from './field-names.js';

const typeNames: Readonly<Record<string, string>> = {
  number: '数字',
  int: '整数',
  string: '文本',
  object: '对象',
  array: '数组',
  boolean: '布尔值',
};

const shown = (value: unknown): string => {
  // undefined for undefined, functions and symbols, whatever lib.d.ts says.
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少此字段'
        : `应为${typeNames[issue.expected] ?? issue.expected}，实际为 ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
      return issue.minimum === 0 ? `不能为负数，实际为 ${shown(issue.input)}` : issue.message;
    case 'invalid_format':
      return issue.format === 'date'
        ? `应为 YYYY-MM-DD 格式的日期，实际为 ${shown(issue.input)}`
        : issue.message;
    case 'invalid_value':
      return `应为 ${issue.values.map(shown).join('、')} 之一，实际为 ${shown(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into findings of rule `schema`, one per field, in Chinese. */
export function schemaFindings(
  issues: readonly z.core.$ZodIssue[],
  template?: TemplateDef,
): Finding[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        schemaFinding([...path, key].join('.'), '不是本格式的字段（未知字段）'),
      );
    }
    const address = path.join('.');
    return [schemaFinding(address, explain(issue), template)];
  });
}

/** One finding of rule `schema` about one field. */
export function schemaFinding(address: string, problem: string, template?: TemplateDef): Finding {
  const where = address === '' ? '报告' : describeField(template, address);
  return {
    rule: 'schema',
    severity: 'error',
    cells: address === '' ? [] : [address],
    message: `${where}：${problem}`,
  };
}
