import { sumReports, templateForYear, type RolledUpReport, type Report } from '@nianbao/schema';
import { descendantsOf } from '../auth/permissions.js';
import type { Agency, StoredReport } from '../db/repository.js';
import { reportsByAgencyYear, treeOrder } from './overview.js';
import { agencyHeader } from './record-fields.js';

/** The report that stands for an agency's year in a roll-up: the newest published one, if any. */
export function standingReportOf(reports: readonly StoredReport[]): StoredReport | undefined {
  return reports.findLast((report) => report.status === 'published');
}

/** The inputs of `rollupOf`: the summing agency, every agency and the reports of the year. */
export interface RollupInput {
  readonly within: Agency;
  readonly agencies: readonly Agency[];
  readonly reports: readonly StoredReport[];
  readonly year: number;
}

/**
 * Sums the standing reports of every agency below `within` (its whole subtree, not itself)
 * into `within`'s roll-up (contract §5); agencies without a published report are `missing`.
 * Returns undefined when no format covers `year`.
 */
export function rollupOf({
  within,
  agencies,
  reports,
  year,
}: RollupInput): RolledUpReport | undefined {
  const template = templateForYear(year);
  if (!template) return undefined;
  const below = new Set(descendantsOf(agencies, within.id));
  below.delete(within.id);
  const reportsOf = reportsByAgencyYear(reports);
  const included: { report: Report; source: { agency: string; reportId: string } }[] = [];
  const missing: string[] = [];
  for (const agency of treeOrder(agencies.filter((a) => below.has(a.id)))) {
    const standing = standingReportOf(reportsOf(agency.id, year));
    if (!standing) missing.push(agency.name);
    else
      included.push({
        report: standing.report as Report,
        source: { agency: agency.name, reportId: standing.id },
      });
  }
  return sumReports({
    agency: agencyHeader(within),
    reports: included,
    missing,
    year,
    format: template.format,
  });
}
