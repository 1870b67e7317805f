import {
  rulePackEntries,
  rulePackFor,
  type LocalDeadline,
  type RulePackEntry,
} from '@nianbao/config';
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

/**
 * The packs in force now: the file's (they win over the database's in the same subtree), then
 * the admin UI's, read from the database at each call so that a change applies at once.
 */
export async function effectivePacks(repo: Repository, file: RulePacks): Promise<RulePacks> {
  const stored = await repo.rulePacks.list();
  return {
    file: file.file,
    rules: [...file.rules, ...stored.flatMap(({ pack }) => rulePackEntries(pack.rules))],
    deadlines: [...file.deadlines, ...stored.flatMap(({ pack }) => pack.deadlines ?? [])],
  };
}

const hasPacks = (packs: RulePacks): boolean =>
  packs.rules.length > 0 || packs.deadlines.length > 0;

/** The pack for one agency, reading the agency tree only when any pack is in force. */
export async function packFor(
  repo: Repository,
  { packs, agencyId }: { packs: RulePacks; agencyId: string },
): Promise<AgencyPack> {
  const effective = await effectivePacks(repo, packs);
  if (!hasPacks(effective)) return { rules: {} };
  return packLookup(effective, await repo.listAgencies())(agencyId);
}
