import { ruleCatalog, templates } from '@nianbao/schema';
import type { Agency } from '../db/repository.js';
import type { RulePacks } from './rule-packs.js';

/** One rule of the catalog as an admin reads it. */
export interface CatalogRule {
  readonly id: string;
  readonly title: string;
  readonly severity: 'error' | 'warning';
  readonly basis: string;
}

/** Every rule of every format, once each (the newest format's wording). */
export function catalogRules(): CatalogRule[] {
  const byId = new Map<string, CatalogRule>();
  for (const template of templates)
    for (const { id, title, severity, basis } of ruleCatalog(template))
      byId.set(id, { id, title, severity, basis });
  return [...byId.values()];
}

/** The agency a `within` names (by id or name); null when none does. */
const agencyNamed = (agencies: readonly Agency[], within: string) =>
  agencies.find((a) => a.id === within) ?? agencies.find((a) => a.name === within) ?? null;

/** The active rule packs with each rule's Chinese title and each subtree's agency. */
export function rulePackView(packs: RulePacks, agencies: readonly Agency[]) {
  const catalog = catalogRules();
  const titles = new Map(catalog.map((rule) => [rule.id, rule.title]));
  const subtree = (within: string | undefined) => {
    if (within === undefined) return { within: null, agency: null };
    const agency = agencyNamed(agencies, within);
    return { within, agency: agency && { id: agency.id, name: agency.name } };
  };
  return {
    file: packs.file ?? null,
    catalog,
    rules: packs.rules.map((entry) => ({
      rule: entry.rule,
      title: titles.get(entry.rule) ?? entry.rule,
      setting: entry.setting,
      ...subtree(entry.within),
    })),
    deadlines: packs.deadlines.map((entry) => ({ date: entry.date, ...subtree(entry.within) })),
  };
}
