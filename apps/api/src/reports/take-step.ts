import { roleNames, statusNames, type Transition } from '@nianbao/schema';
import { canEdit, canReview, deny } from '../auth/permissions.js';
import type { Repository, StoredReport, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { notifyStep } from '../messages/step-messages.js';
import { changedPaths } from './diff-reports.js';
import { publishDate } from './publish-date.js';
import { findingsOf, hasErrors, loadReadable, staleVersion } from './report-access.js';
import type { RulePacks } from './rule-packs.js';

/** One workflow step asked for: by whom, on which report, with what note. */
export interface StepRequest {
  readonly user: User | undefined;
  readonly reportId: string;
  readonly transition: Transition;
  readonly comment?: string | undefined;
  readonly publishedOn?: string | undefined;
  /** The version the caller saw (If-Match); the stored one when absent. */
  readonly expectedVersion?: number;
  /** The deployment's rule packs, for the findings that gate 提交, 通过 and 发布. */
  readonly packs: RulePacks;
}

/** The stored content with `publishedOn` set to the given date, or removed. */
export const withPublishedOn = (report: unknown, publishedOn: string | undefined): unknown => {
  const rest: Record<string, unknown> = { ...(report as Record<string, unknown>) };
  delete rest.publishedOn;
  return publishedOn === undefined ? rest : { ...rest, publishedOn };
};

/** The date this step stamps: 发布's chosen or today's; the other steps may not name one. */
async function stampedDate(
  repo: Repository,
  step: { transition: Transition; stored: StoredReport; requested: string | undefined },
): Promise<string | undefined> {
  if (step.transition.stampsPublishedOn)
    return publishDate(repo, { stored: step.stored, requested: step.requested });
  if (step.requested !== undefined)
    throw new ProblemError(422, '只有发布时可以给出发布日期', {
      errors: [{ path: 'json.publishedOn', message: `${step.transition.verb}不设发布日期` }],
    });
  return undefined;
}

/**
 * Takes one workflow step on a report, checking who may, from which status, the note it needs
 * and (for 提交, 通过, 发布) that the report has no errors. Returns the updated report.
 * @throws ProblemError 401/403 (not allowed), 404, 409 (wrong status or stale version), 400/422.
 */
export async function takeStep(repo: Repository, step: StepRequest): Promise<StoredReport> {
  const { user, transition } = step;
  const { stored, scope } = await loadReadable(repo, user, step.reportId);
  const allowed = transition.actor === 'editor' ? canEdit : canReview;
  if (!allowed(user, scope, stored.agencyId))
    deny(
      user,
      `没有权限${transition.verb}（需要${transition.actor === 'editor' ? '本机关' : ''}${roleNames[transition.actor]}）`,
    );
  if (!transition.from.includes(stored.status))
    throw new ProblemError(409, `报告${statusNames[stored.status]}，不能${transition.verb}`);
  const comment = step.comment || null;
  if (transition.needsComment && !comment)
    throw new ProblemError(400, `请写明${transition.commentName}`, {
      errors: [{ path: 'json.comment', message: '必填' }],
    });
  const expected = step.expectedVersion ?? stored.version;
  if (expected !== stored.version) throw staleVersion(stored.version);
  const publishedOn = await stampedDate(repo, { transition, stored, requested: step.publishedOn });
  const report = withPublishedOn(stored.report, publishedOn);
  if (transition.needsClean) {
    const findings = await findingsOf(repo, { stored: { ...stored, report }, packs: step.packs });
    if (hasErrors(findings))
      throw new ProblemError(422, `报告还有错误，不能${transition.verb}`, { findings });
  }
  const updated = await repo.updateReport({
    id: stored.id,
    expectedVersion: expected,
    report,
    status: transition.to,
    action: transition.action,
    userId: user?.id ?? null,
    changes: changedPaths(stored.report, report),
    comment,
    milestone: true,
  });
  if (updated === 'conflict' || !updated) throw staleVersion(stored.version);
  await notifyStep(repo, { report: updated, transition, sender: user, comment });
  return updated;
}
