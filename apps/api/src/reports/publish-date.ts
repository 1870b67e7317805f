import type { Repository, StoredReport } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { todayInChina } from './today-in-china.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const refuse = (message: string): ProblemError =>
  new ProblemError(422, `发布日期${message}`, {
    errors: [{ path: 'json.publishedOn', message }],
  });

function isRealDate(date: string): boolean {
  const time = isoDate.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

/** The day (China time) the report was last approved, if it was. */
async function approvedOn(repo: Repository, reportId: string): Promise<string | undefined> {
  const approval = (await repo.listRevisions(reportId)).findLast((r) => r.action === 'approve');
  return approval && todayInChina(new Date(approval.createdAt));
}

/**
 * The date 发布 stamps as `publishedOn`: the one asked for, or today in China. 422 naming
 * `publishedOn` when it is no date, in the future, or before the report was approved.
 */
export async function publishDate(
  repo: Repository,
  { stored, requested }: { stored: StoredReport; requested: string | undefined },
): Promise<string> {
  const today = todayInChina();
  if (requested === undefined) return today;
  if (!isRealDate(requested)) throw refuse('应为 YYYY-MM-DD 格式的日期');
  if (requested > today) throw refuse(`不能晚于今天（${today}）`);
  const approved = await approvedOn(repo, stored.id);
  if (approved !== undefined && requested < approved)
    throw refuse(`不能早于审核通过的日期（${approved}）`);
  return requested;
}
