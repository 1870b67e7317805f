import { actorRoles } from '@nianbao/schema';
import { descendantsOf, inScope, scopeOf } from '../auth/permissions.js';
import type { Agency, Repository, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import type { RulePacks } from '../reports/rule-packs.js';
import { treeOrder } from '../reports/overview.js';

/** What a 问题清单 or 通报 is asked for: by whom, for which office (id or name) and year, as of `today`. */
export interface OfficeYear {
  readonly user: User;
  readonly within: string;
  readonly year: number;
  /** YYYY-MM-DD in China, for deadlines. */
  readonly today: string;
  readonly packs: RulePacks;
}

/** An issuing office, every agency, and the units below the office in the caller's charge. */
export interface OfficeUnits {
  readonly office: Agency;
  readonly agencies: readonly Agency[];
  /** Tree order, the office itself excluded. */
  readonly units: readonly Agency[];
}

/**
 * The office named by `within` (id or name) and its units: 404 when unknown, 403 unless the
 * caller is a reviewer or admin in charge of it.
 */
export async function officeUnits(
  repo: Repository,
  { user, within }: { user: User; within: string },
): Promise<OfficeUnits> {
  const agencies = await repo.listAgencies();
  const office =
    agencies.find((agency) => agency.id === within) ??
    agencies.find((agency) => agency.name === within);
  if (!office) throw new ProblemError(404, `没有名为或编号为“${within}”的机关`);
  const scope = await scopeOf(repo, user);
  if (!actorRoles.reviewer.includes(user.role) || !inScope(scope, office.id))
    throw new ProblemError(403, `无权管理“${office.name}”所辖单位的问题清单`);
  const below = new Set(descendantsOf(agencies, office.id));
  below.delete(office.id);
  const units = treeOrder(agencies.filter((a) => below.has(a.id) && inScope(scope, a.id)));
  return { office, agencies, units };
}

/** The name people read for a user: 姓名, else the login. */
export const displayName = (user: User): string => user.name ?? user.username;
