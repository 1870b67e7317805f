import type { Agency } from '../db/repository.js';
import type { ProblemItem } from './problem-item.js';
import { problemStatuses, problemStatusNames, type ProblemStatus } from './problem-workflow.js';

/** An item as the API sends it: with its issuer's name and its status's Chinese name. */
export function itemView(item: ProblemItem, agencies: readonly Agency[]) {
  return {
    id: item.id,
    issuerId: item.issuerId,
    year: item.year,
    agencyId: item.agencyId,
    source: item.source,
    text: item.text,
    status: item.status,
    reportId: item.reportId,
    rectifiedReportId: item.rectifiedReportId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    steps: item.steps,
    issuerName: agencies.find((agency) => agency.id === item.issuerId)?.name ?? '',
    statusName: problemStatusNames[item.status],
  };
}

/** How many items are in each status. */
export function countStatuses(items: readonly ProblemItem[]): Record<ProblemStatus, number> {
  const counts = Object.fromEntries(problemStatuses.map((s) => [s, 0])) as Record<
    ProblemStatus,
    number
  >;
  for (const item of items) counts[item.status]++;
  return counts;
}
