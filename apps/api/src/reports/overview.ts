import { reportStatuses } from '@nianbao/schema';
import type { Agency, ReportStatus, StoredReport } from '../db/repository.js';
import { findingCounts } from './finding-counts.js';
import type { AgencyPack } from './rule-packs.js';

/** One agency's year at a glance: the report that stands for it, and how many problems it has. */
export interface OverviewRow {
  readonly agency: Agency;
  readonly report: StoredReport | undefined;
  readonly errors: number;
  readonly warnings: number;
}

export type OverviewCounts = Record<ReportStatus | 'missing' | 'withErrors', number>;

/** The report that stands for an agency's year: the newest published one, else the newest. */
export function currentOf(reports: readonly StoredReport[]): StoredReport | undefined {
  const newestFirst = [...reports].reverse();
  return newestFirst.find((r) => r.status === 'published') ?? newestFirst[0];
}

/** Agencies in tree order: each before those below it, siblings by name. */
export function treeOrder(agencies: readonly Agency[]): Agency[] {
  const ids = new Set(agencies.map((a) => a.id));
  const children = new Map<string | null, Agency[]>();
  for (const agency of agencies) {
    const parent = agency.parentId !== null && ids.has(agency.parentId) ? agency.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(agency);
    else children.set(parent, [agency]);
  }
  const byName = (a: Agency, b: Agency) => a.name.localeCompare(b.name, 'zh-CN');
  for (const siblings of children.values()) siblings.sort(byName);
  const ordered: Agency[] = [];
  const visit = (agency: Agency) => {
    ordered.push(agency);
    for (const child of children.get(agency.id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? []) visit(root);
  return ordered;
}

/** The reports grouped by agency and year, each group oldest first as given. */
export function reportsByAgencyYear(
  reports: readonly StoredReport[],
): (agencyId: string, year: number) => StoredReport[] {
  const groups = new Map<string, StoredReport[]>();
  for (const report of reports) {
    const key = `${report.agencyId}/${String(report.year)}`;
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  return (agencyId, year) => groups.get(`${agencyId}/${String(year)}`) ?? [];
}

/** What the overview counts: `reports` of `year` and the year before, each agency's rule pack. */
export interface OverviewInput {
  readonly agencies: readonly Agency[];
  readonly reports: readonly StoredReport[];
  readonly year: number;
  /** The rule pack of an agency's subtree; none switched off when absent. */
  readonly packOf?: (agencyId: string) => AgencyPack;
}

/** Every agency's report for `year` with its error and warning counts under its rule pack. */
export function overviewRows({ agencies, reports, year, packOf }: OverviewInput): OverviewRow[] {
  const reportsOf = reportsByAgencyYear(reports);
  return treeOrder(agencies).map((agency) => {
    const report = currentOf(reportsOf(agency.id, year));
    if (!report) return { agency, report, errors: 0, warnings: 0 };
    const previous = currentOf(reportsOf(agency.id, year - 1));
    const counts = findingCounts(report, { previous, pack: packOf?.(agency.id) ?? {} });
    return { agency, report, ...counts };
  });
}

export function countRows(rows: readonly OverviewRow[]): OverviewCounts {
  const counts = {
    missing: 0,
    ...Object.fromEntries(reportStatuses.map((status) => [status, 0])),
    withErrors: 0,
  } as OverviewCounts;
  for (const row of rows) {
    counts[row.report?.status ?? 'missing']++;
    if (row.errors > 0) counts.withErrors++;
  }
  return counts;
}
