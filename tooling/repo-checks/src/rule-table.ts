import { importRuleCatalog } from '@nianbao/import';
import { ruleCatalog, templates, type Severity } from '@nianbao/schema';
import { format, resolveConfig } from 'prettier';

/** One row of a rule table: the rule's id, its severity and what it checks (English). */
export interface RuleRow {
  readonly id: string;
  readonly severity: Severity;
  readonly checks: string;
}

/** `validate`'s rules over every format, in catalog order; a rule some formats lack says which have it. */
export function validateRuleRows(): RuleRow[] {
  const rows = new Map<string, RuleRow & { formats: string[] }>();
  for (const template of templates) {
    for (const rule of ruleCatalog(template)) {
      const row = rows.get(rule.id) ?? { ...rule, formats: [] };
      row.formats.push(template.format);
      rows.set(rule.id, row);
    }
  }
  return [...rows.values()].map(({ id, severity, checks, formats }) => ({
    id,
    severity,
    checks:
      formats.length === templates.length ? checks : `${checks} (${formats.join(', ')} format)`,
  }));
}

/** The importer's own rules, as `@nianbao/import` declares them. */
export const importRuleRows = (): RuleRow[] => importRuleCatalog.map((rule) => ({ ...rule }));

const cell = (text: string) => text.replaceAll('|', '\\|');

/** A Markdown `| rule | severity | checks |` table, formatted as Prettier formats `file`. */
export async function ruleTable(rows: readonly RuleRow[], file: string): Promise<string> {
  const lines = [
    '| rule | severity | checks |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| \`${row.id}\` | ${row.severity} | ${cell(row.checks)} |`),
  ];
  const options = (await resolveConfig(file)) ?? {};
  return format(lines.join('\n'), { ...options, parser: 'markdown' });
}

/** `text` with what lies between `<!-- name:start -->` and `<!-- name:end -->` replaced by `content`. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} in the text`);
  return `${text.slice(0, from + start.length)}\n\n${content.trim()}\n\n${text.slice(to)}`;
}

/** The README with its two rule tables (`rules`: validate's, `import-rules`: the importer's) regenerated. */
export async function withRuleTables(readme: string, file: string): Promise<string> {
  const rules = await ruleTable(validateRuleRows(), file);
  const imports = await ruleTable(importRuleRows(), file);
  return replaceBetweenMarkers(
    replaceBetweenMarkers(readme, 'rules', rules),
    'import-rules',
    imports,
  );
}
