import { templates } from '../template/templates.js';
import { ruleCatalog } from './catalog.js';
import type { Severity } from './types.js';

/** One rule as people read it: id, severity, Chinese title and basis. */
export interface CatalogRule {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly basis: string;
}

/** Every rule of every format once, in catalog order, with the newest format's wording. */
export function catalogRules(): CatalogRule[] {
  const byId = new Map<string, CatalogRule>();
  // `templates` lists the newest format first: its wording wins.
  for (const template of templates)
    for (const { id, severity, title, basis } of ruleCatalog(template))
      if (!byId.has(id)) byId.set(id, { id, severity, title, basis });
  return [...byId.values()];
}

/** The warnings of every format: the rules a rule pack may switch off or on (errors always stay). */
export const warningRules = (): CatalogRule[] =>
  catalogRules().filter((rule) => rule.severity === 'warning');

/** The ids of `warningRules()`. */
export const warningRuleIds = (): string[] => warningRules().map((rule) => rule.id);
