/** Row types of migration 0008-problem-lists (ids, times and JSON are text). */
export interface ProblemListTable {
  id: string;
  /** The office that issued the list (the `within` of its generation). */
  issuer_id: string;
  year: number;
  /** The unit the list is addressed to. */
  agency_id: string;
  created_at: string;
  updated_at: string;
}

export interface ProblemItemTable {
  id: string;
  list_id: string;
  /** What the item is about, stable across generations: the rule and cells, `late` or `missing`. */
  fingerprint: string;
  /** The item's source as JSON (`ProblemSource`). */
  source: string;
  text: string;
  status: string;
  /** The report the finding was read from. */
  report_id: string | null;
  /** The corrected report the unit named when it marked the item 已整改. */
  rectified_report_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProblemStepTable {
  item_id: string;
  number: number;
  action: string;
  /** The item's status after the step. */
  status: string;
  user_id: string | null;
  user_name: string | null;
  note: string | null;
  report_id: string | null;
  at: string;
}

export type ProblemTables = {
  problem_lists: ProblemListTable;
  problem_items: ProblemItemTable;
  problem_steps: ProblemStepTable;
};
