import type { Repository } from '../db/repository.js';
import { packLookup } from '../reports/rule-packs.js';
import { displayName, officeUnits, type OfficeYear } from './office-units.js';
import { problemCandidates } from './problem-candidates.js';

/** What one generation did: the office, how many units it read, items added and already listed. */
export interface Generation {
  readonly officeId: string;
  readonly units: number;
  readonly added: number;
  readonly kept: number;
}

/**
 * Generates the 问题清单 of every unit below `within` for `year` from their standing reports;
 * items already listed (same unit and fingerprint) are kept as they are, whatever their status.
 */
export async function generateProblems(repo: Repository, input: OfficeYear): Promise<Generation> {
  const { office, agencies, units } = await officeUnits(repo, input);
  const reports = await repo.findReportsIn({
    agencyIds: units.map((unit) => unit.id),
    years: [input.year, input.year - 1],
  });
  const candidates = problemCandidates({
    units,
    reports,
    year: input.year,
    today: input.today,
    packOf: packLookup(input.packs, agencies),
  });
  const { added, kept } = await repo.problems.addCandidates({
    issuerId: office.id,
    year: input.year,
    candidates,
    userId: input.user.id,
    userName: displayName(input.user),
  });
  return { officeId: office.id, units: units.length, added, kept };
}
