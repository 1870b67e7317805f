import type { Rollup } from '../rollup/rollup.js';
import type { AgencyLevel } from '../template/types.js';

/** A table's values: `record → field → number`, as in `requests.received.natural`. */
export type TableValues = Record<string, Record<string, number>>;

/**
 * A warning accepted with a reason (contract §3: exactly these five keys); the editor writes it,
 * the server signs `by`; an edit of a named cell drops it (editor and server, against the last save).
 */
export interface AcceptedWarning {
  rule: string;
  cells: string[];
  reason: string;
  /** Who accepted it: set by the server from the session on save, whatever the client sent. */
  by: string;
  /** ISO date and time of the acceptance. */
  at: string;
}

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
  /** Warnings accepted with a reason (contract §3); absent when none. */
  accepted?: AcceptedWarning[];
  /** Prose sections (`narrative.<id>`) still as copied from last year's report; absent when none. */
  fromLastYear?: string[];
  proactive: TableValues;
  requests: TableValues;
  appeals: TableValues;
}
