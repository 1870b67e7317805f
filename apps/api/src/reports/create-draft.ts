import type { Report } from '@nianbao/schema';
import type { Repository, StoredReport } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { summaryOf } from '../db/report-store.js';
import { checkProseLength } from './prose-limit.js';

/** A stored report as the API answers it: its summary and its content. */
export const resource = (stored: StoredReport) => ({ ...summaryOf(stored), report: stored.report });

/** Stores a new draft for an agency's year; 409 when the agency already has that year's report. */
export async function createDraft(
  repo: Repository,
  draft: { agencyId: string; report: Report; action: string; userId: string },
): Promise<StoredReport> {
  checkProseLength(draft.report);
  const { year } = draft.report;
  const existing = await repo.findReports({ agencyId: draft.agencyId, year });
  if (existing.some((r) => r.correctsId === null))
    throw new ProblemError(409, `本机关 ${year} 年度的报告已存在`, { existingId: existing[0]?.id });
  return repo.createReport({
    agencyId: draft.agencyId,
    year,
    status: 'draft',
    report: draft.report,
    action: draft.action,
    userId: draft.userId,
    changes: [],
  });
}
