import { agencyLevels, templateForYear, type AgencyLevel } from '@nianbao/schema';
import type { Agency } from '../db/repository.js';

/** What a stored report's record says about it: its agency and year. */
export interface ReportRecord {
  readonly agency: Pick<Agency, 'name' | 'level'>;
  readonly year: number;
}

const isLevel = (level: string | null): level is AgencyLevel =>
  agencyLevels.some((known) => known === level);

/** The report's `agency` header as its agency record has it. */
export const agencyHeader = (
  agency: ReportRecord['agency'],
): { name: string; level?: AgencyLevel } =>
  isLevel(agency.level) ? { name: agency.name, level: agency.level } : { name: agency.name };

/**
 * The body with the fields the record owns (contract §2) overwritten from the record: `year`,
 * `format` and `agency`; `publishedOn` is dropped, since only 发布 sets it. Not an object: as is.
 */
export function withRecordFields(body: unknown, record: ReportRecord): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const rest: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  delete rest.publishedOn;
  const format = templateForYear(record.year)?.format;
  return {
    ...rest,
    ...(format === undefined ? {} : { format }),
    year: record.year,
    agency: agencyHeader(record.agency),
  };
}
