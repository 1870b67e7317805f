import { inScope, type Scope } from '../auth/permissions.js';
import { summaryOf } from '../db/report-store.js';
import type { ReportSummary } from '../db/repository.js';

/** A report's summary as this reader may see it: who last changed it only for those in charge. */
export function summaryFor(record: ReportSummary, scope: Scope): ReportSummary {
  const summary = summaryOf(record);
  return inScope(scope, record.agencyId) ? summary : { ...summary, updatedBy: null };
}
