import type { Rollup } from '../rollup/rollup.js';
import type { AgencyLevel } from '../template/types.js';

/** A table's values: `record → field → number`, as in `requests.received.natural`. */
export type TableValues = Record<string, Record<string, number>>;

/** One annual report in nianbao's JSON format (spec §6). */
export interface Report {
  format: string;
  year: number;
  agency: { name: string; level?: AgencyLevel };
  /** ISO date, e.g. 2022-01-20. */
  publishedOn?: string;
  /** Prose sections by id: overview, problems, other. */
  narrative: Record<string, string>;
  /**
   * Entries that are not numbers, as typed, by cell address (contract §3); absent when none.
   * The cell keeps the number it held before (0 in a new or imported report), counted by no rule.
   */
  invalidEntries?: Record<string, string>;
  /** Present when the report is a roll-up (汇总) of others: what it summed (contract §5). */
  rollup?: Rollup;
  proactive: TableValues;
  requests: TableValues;
  appeals: TableValues;
}
