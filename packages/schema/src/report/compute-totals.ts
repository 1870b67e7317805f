import type { Term } from '../rules/types.js';
import { templateFor } from '../template/templates.js';
import type { TemplateDef } from '../template/template.js';
import { splitAddress } from './cell-access.js';
import type { Report, TableValues } from './report.js';

type Tables = Record<string, TableValues>;

/** Each total cell of a template with the parts it sums (the first `sum` rule that defines it). */
function totalDefinitions(template: TemplateDef): Map<string, readonly Term[]> {
  const definitions = new Map<string, readonly Term[]>();
  for (const rule of template.rules) {
    if (rule.kind !== 'sum') continue;
    for (const { left, right } of rule.equations) {
      const total = left[0]?.address;
      if (total !== undefined && !definitions.has(total)) definitions.set(total, right);
    }
  }
  return definitions;
}

const cache = new WeakMap<TemplateDef, Map<string, readonly Term[]>>();

/**
 * Fills every total cell from its parts (totals of totals included), as an editor does while
 * the user types. Returns a new report; the input is not changed.
 * @example computeTotals(report).requests.handledTotal.total
 */
export function computeTotals(report: Report): Report {
  const template = templateFor(report.format);
  if (!template) return report;
  let definitions = cache.get(template);
  if (!definitions) cache.set(template, (definitions = totalDefinitions(template)));
  const source = report as unknown as Tables;
  const tables: Tables = {};
  const tableOf = (id: string): TableValues => {
    const existing = tables[id];
    if (existing) return existing;
    const copy = Object.fromEntries(
      Object.entries(source[id] ?? {}).map(([record, fields]) => [record, { ...fields }]),
    );
    return (tables[id] = copy);
  };
  const known = new Map<string, number>();
  const valueOf = (address: string): number => {
    const memo = known.get(address);
    if (memo !== undefined) return memo;
    const parts = definitions.get(address);
    const [table, record, field] = splitAddress(address);
    const value = parts
      ? parts.reduce((sum, part) => sum + part.sign * valueOf(part.address), 0)
      : (source[table]?.[record]?.[field] ?? 0);
    known.set(address, value);
    return value;
  };
  for (const address of definitions.keys()) {
    const [table, record, field] = splitAddress(address);
    const row = (tableOf(table)[record] ??= {});
    row[field] = valueOf(address);
  }
  return { ...report, ...tables };
}
