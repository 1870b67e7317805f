import { validate } from '@nianbao/schema';
import type { StoredReport } from '../db/repository.js';
import type { AgencyPack } from './rule-packs.js';

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
}

// A stored version never changes, so its findings under one pack and one previous version stay.
const cache = new Map<string, FindingCounts>();
const maxEntries = 50_000;

const versionKey = (report: StoredReport | undefined) =>
  report ? `${report.id}@${String(report.version)}` : '-';

/** A report's errors and warnings, checked against last year's under its pack; remembered per version. */
export function findingCounts(
  report: StoredReport,
  context: { readonly previous: StoredReport | undefined; readonly pack: Partial<AgencyPack> },
): FindingCounts {
  const { previous, pack } = context;
  const key = `${versionKey(report)}|${versionKey(previous)}|${JSON.stringify(pack)}`;
  const known = cache.get(key);
  if (known) return known;
  const findings = validate(
    report.report,
    previous ? { previous: previous.report, ...pack } : pack,
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counts = { errors, warnings: findings.length - errors };
  if (cache.size >= maxEntries) cache.clear();
  cache.set(key, counts);
  return counts;
}
