import { rulePackFor, type LocalDeadline, type RulePackEntry } from '@nianbao/config';
import { ruleCatalog, templates } from '@nianbao/schema';
import type { Agency, Repository } from '../db/repository.js';

/** A deployment's rule packs (`rules` and `deadlines` of nianbao.config.json). */
export interface RulePacks {
  /** The file they were read from; none when the deployment has no nianbao.config.json. */
  readonly file?: string | undefined;
  readonly rules: readonly RulePackEntry[];
  readonly deadlines: readonly LocalDeadline[];
}

/** What applies to one agency's reports: warnings switched off or on, and a local deadline. */
export interface AgencyPack {
  readonly rules: Record<string, 'off' | 'warning'>;
  readonly deadline?: string;
}

export const noRulePacks: RulePacks = { rules: [], deadlines: [] };

/** The warnings a rule pack may switch off or on (errors always stay). */
export const warningRuleIds: readonly string[] = [
  ...new Set(
    templates.flatMap((t) =>
      ruleCatalog(t)
        .filter((r) => r.severity === 'warning')
        .map((r) => r.id),
    ),
  ),
];

/** The ids and names of the agency and every agency above it, nearest first. */
function chainOf(byId: ReadonlyMap<string, Agency>, agencyId: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let a = byId.get(agencyId); a && !seen.has(a.id); a = byId.get(a.parentId ?? '')) {
    seen.add(a.id);
    chain.push(a.id, a.name);
  }
  return chain;
}

/** Each agency's pack among `agencies` (a setting `within` the nearest subtree wins). */
export function packLookup(
  packs: RulePacks,
  agencies: readonly Agency[],
): (agencyId: string) => AgencyPack {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return (agencyId) => rulePackFor(packs, chainOf(byId, agencyId));
}

const hasPacks = (packs: RulePacks): boolean =>
  packs.rules.length > 0 || packs.deadlines.length > 0;

/** The pack for one agency, reading the agency tree only when the deployment has packs. */
export async function packFor(
  repo: Repository,
  { packs, agencyId }: { packs: RulePacks; agencyId: string },
): Promise<AgencyPack> {
  if (!hasPacks(packs)) return { rules: {} };
  return packLookup(packs, await repo.listAgencies())(agencyId);
}
