import { templates, validate } from '@nianbao/schema';
import type { Agency, StoredReport } from '../db/repository.js';
import { currentOf, reportsByAgencyYear, type OverviewRow } from '../reports/overview.js';
import { withDeadlines } from '../reports/progress.js';
import type { AgencyPack } from '../reports/rule-packs.js';
import { fingerprintOf, problemText, type ProblemSource } from './problem-source.js';

// Lateness is an item of its own (local deadlines included), so the rules that judge it add nothing.
const deadlineRules = new Set(
  templates.flatMap((t) => t.rules.filter((r) => r.kind === 'deadline').map((r) => r.id)),
);

/** One problem found in one unit's year, ready to become a 问题清单 item. */
export interface ProblemCandidate {
  readonly agencyId: string;
  readonly fingerprint: string;
  readonly source: ProblemSource;
  readonly text: string;
  /** The standing report the problem was read from; null for a missing report. */
  readonly reportId: string | null;
}

/** What generation reads: the units, their reports of `year` and the year before, and today. */
export interface CandidateInput {
  readonly units: readonly Agency[];
  readonly reports: readonly StoredReport[];
  readonly year: number;
  readonly today: string;
  readonly packOf: (agencyId: string) => AgencyPack;
}

/** Each unit's problems: its standing report's errors and unaccepted warnings, lateness, absence. */
export function problemCandidates(input: CandidateInput): ProblemCandidate[] {
  const { year, packOf } = input;
  const reportsOf = reportsByAgencyYear(input.reports);
  const candidates: ProblemCandidate[] = [];
  const add = (agencyId: string, source: ProblemSource, reportId: string | null) =>
    candidates.push({
      agencyId,
      fingerprint: fingerprintOf(source),
      source,
      text: problemText(source, year),
      reportId,
    });
  const rows: OverviewRow[] = input.units.map((agency) => ({
    agency,
    report: currentOf(reportsOf(agency.id, year)),
    errors: 0,
    warnings: 0,
  }));
  for (const row of withDeadlines(rows, { year, today: input.today, packOf })) {
    const { agency, report } = row;
    if (!report) {
      add(agency.id, { kind: 'missing' }, null);
      continue;
    }
    if (row.overdue && row.deadline !== null) {
      const publishedOn = (report.report as { publishedOn?: unknown }).publishedOn;
      const published = report.status === 'published' && typeof publishedOn === 'string';
      add(
        agency.id,
        { kind: 'late', deadline: row.deadline, publishedOn: published ? publishedOn : null },
        report.id,
      );
    }
    const previous = currentOf(reportsOf(agency.id, year - 1));
    const pack = packOf(agency.id);
    const findings = validate(
      report.report,
      previous ? { previous: previous.report, ...pack } : pack,
    );
    for (const finding of findings.filter(
      (f) => f.accepted !== true && !deadlineRules.has(f.rule),
    )) {
      const { rule, severity, cells, message } = finding;
      add(agency.id, { kind: 'finding', rule, severity, cells, message }, report.id);
    }
  }
  return candidates;
}
