import type { Kysely, Selectable } from 'kysely';
import type { Tables } from '../db/tables.js';
import type { ProblemItem, ProblemStepRecord } from './problem-item.js';
import type { ProblemSource } from './problem-source.js';
import type { ProblemItemTable, ProblemStepTable, ProblemTables } from './problem-tables.js';
import type { ProblemStatus } from './problem-workflow.js';

/** Which items to read: one by id, or those of a year, an issuing office and some units. */
export interface ItemQuery {
  readonly id?: string;
  readonly year?: number;
  readonly issuerId?: string;
  readonly agencyId?: string;
}

type Db = Kysely<Tables & ProblemTables>;

const toStep = (row: Selectable<ProblemStepTable>): ProblemStepRecord => ({
  number: row.number,
  action: row.action as ProblemStepRecord['action'],
  status: row.status as ProblemStatus,
  userId: row.user_id,
  userName: row.user_name,
  note: row.note,
  reportId: row.report_id,
  at: row.at,
});

function filtered(db: Db, query: ItemQuery) {
  let select = db
    .selectFrom('problem_items')
    .innerJoin('problem_lists', 'problem_lists.id', 'problem_items.list_id');
  if (query.id !== undefined) select = select.where('problem_items.id', '=', query.id);
  if (query.year !== undefined) select = select.where('problem_lists.year', '=', query.year);
  if (query.issuerId !== undefined)
    select = select.where('problem_lists.issuer_id', '=', query.issuerId);
  if (query.agencyId !== undefined)
    select = select.where('problem_lists.agency_id', '=', query.agencyId);
  return select;
}

/** The items the query selects, oldest first, each with its steps. */
export async function readItems(db: Db, query: ItemQuery): Promise<ProblemItem[]> {
  const rows = await filtered(db, query)
    .selectAll('problem_items')
    .select(['problem_lists.issuer_id', 'problem_lists.year', 'problem_lists.agency_id'])
    .orderBy('problem_items.id')
    .execute();
  if (rows.length === 0) return [];
  const steps = await filtered(db, query)
    .innerJoin('problem_steps', 'problem_steps.item_id', 'problem_items.id')
    .selectAll('problem_steps')
    .orderBy('problem_steps.item_id')
    .orderBy('problem_steps.number')
    .execute();
  const stepsOf = new Map<string, ProblemStepRecord[]>();
  for (const step of steps) {
    const list = stepsOf.get(step.item_id);
    if (list) list.push(toStep(step));
    else stepsOf.set(step.item_id, [toStep(step)]);
  }
  return rows.map(
    (
      row: Selectable<ProblemItemTable> & { issuer_id: string; year: number; agency_id: string },
    ) => ({
      id: row.id,
      listId: row.list_id,
      issuerId: row.issuer_id,
      year: row.year,
      agencyId: row.agency_id,
      fingerprint: row.fingerprint,
      source: JSON.parse(row.source) as ProblemSource,
      text: row.text,
      status: row.status as ProblemStatus,
      reportId: row.report_id,
      rectifiedReportId: row.rectified_report_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      steps: stepsOf.get(row.id) ?? [],
    }),
  );
}
