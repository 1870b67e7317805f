import { descendantsOf } from '../auth/permissions.js';
import type { Agency, StoredReport } from '../db/repository.js';
import { reportsByAgencyYear, treeOrder } from '../reports/overview.js';
import { standingReportOf } from '../reports/rollup.js';
import type { RollupSubject } from './rollup-subject.js';

/** The units below `within` for a year: those with a standing report, and those without. */
export interface RollupUnits {
  readonly included: readonly { readonly agency: Agency; readonly stored: StoredReport }[];
  readonly missing: readonly Agency[];
}

/** Splits the agencies below `within` (not itself), in tree order, as `rollupOf` counts them. */
export function rollupUnits(subject: RollupSubject, year: number): RollupUnits {
  const below = new Set(descendantsOf(subject.agencies, subject.within.id));
  below.delete(subject.within.id);
  const reportsOf = reportsByAgencyYear(subject.reports);
  const included: { agency: Agency; stored: StoredReport }[] = [];
  const missing: Agency[] = [];
  for (const agency of treeOrder(subject.agencies.filter((a) => below.has(a.id)))) {
    const stored = standingReportOf(reportsOf(agency.id, year));
    if (stored) included.push({ agency, stored });
    else missing.push(agency);
  }
  return { included, missing };
}
