import { rulePackEntries, type LocalDeadline, type RulePackEntry } from '@nianbao/config';
import { catalogRules } from '@nianbao/schema';
import type { Agency } from '../db/repository.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { agencyNamed } from './check-rule-pack.js';
import type { StoredRulePack } from './rule-pack-store.js';

/** Where a setting comes from: the deployment's file (read-only) or a pack made in the admin UI. */
type Source = { source: 'file'; packId: null } | { source: 'database'; packId: string };

/** The packs in force with each rule's Chinese title, each subtree's agency and each entry's source. */
export function rulePackView(input: {
  file: RulePacks;
  stored: readonly StoredRulePack[];
  agencies: readonly Agency[];
}) {
  const catalog = catalogRules();
  const titles = new Map(catalog.map((rule) => [rule.id, rule.title]));
  const subtree = (within: string | undefined) => {
    if (within === undefined) return { within: null, agency: null };
    const agency = agencyNamed(input.agencies, within);
    return { within, agency: agency && { id: agency.id, name: agency.name } };
  };
  const sources = [
    { source: { source: 'file', packId: null } as Source, ...input.file },
    ...input.stored.map(({ id, pack }) => ({
      source: { source: 'database', packId: id } satisfies Source,
      rules: rulePackEntries(pack.rules),
      deadlines: pack.deadlines ?? [],
    })),
  ];
  const ruleView = (source: Source) => (entry: RulePackEntry) => ({
    rule: entry.rule,
    title: titles.get(entry.rule) ?? entry.rule,
    setting: entry.setting,
    ...subtree(entry.within),
    ...source,
  });
  const deadlineView = (source: Source) => (entry: LocalDeadline) => ({
    date: entry.date,
    ...subtree(entry.within),
    ...source,
  });
  return {
    file: input.file.file ?? null,
    catalog,
    rules: sources.flatMap(({ rules, source }) => rules.map(ruleView(source))),
    deadlines: sources.flatMap(({ deadlines, source }) => deadlines.map(deadlineView(source))),
    packs: input.stored.map(({ id, pack, updatedAt, updatedBy }) => ({
      id,
      pack,
      updatedAt,
      updatedBy,
    })),
  };
}
