import { inScope, requireUser, scopeOf } from '../auth/permissions.js';
import type { Agency, Repository, StoredReport, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';

/** What a roll-up reads: the summing agency, the agencies in the caller's charge, their reports. */
export interface RollupSubject {
  readonly within: Agency;
  readonly agencies: readonly Agency[];
  readonly reports: readonly StoredReport[];
}

/** Finds `within` by id or name; 401 anonymous, 404 unknown, 403 outside the caller's charge. */
export async function loadRollupSubject(
  repo: Repository,
  user: User | undefined,
  query: { within: string; years: readonly number[] },
): Promise<RollupSubject> {
  const caller = requireUser(user);
  const agencies = await repo.listAgencies();
  const within =
    agencies.find((agency) => agency.id === query.within) ??
    agencies.find((agency) => agency.name === query.within);
  if (!within) throw new ProblemError(404, `没有名为或编号为“${query.within}”的机关`);
  const scope = await scopeOf(repo, caller);
  if (!inScope(scope, within.id))
    throw new ProblemError(403, `无权汇总“${within.name}”所辖机关的报告`);
  const units = agencies.filter((agency) => inScope(scope, agency.id));
  const reports = await repo.findReportsIn({
    agencyIds: units.map((a) => a.id),
    years: query.years,
  });
  return { within, agencies: units, reports };
}
