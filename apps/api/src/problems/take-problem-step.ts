import { canEdit, canReview, scopeOf } from '../auth/permissions.js';
import type { Repository, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { displayName } from './office-units.js';
import type { ProblemItem } from './problem-item.js';
import { problemStep, refusalOf, type ProblemStep } from './problem-workflow.js';

/** One step asked for: which item, which action, the note and the corrected report named. */
export interface StepRequest {
  readonly user: User;
  readonly id: string;
  readonly action: ProblemStep['action'];
  readonly note: string | null;
  readonly reportId?: string | null;
}

/**
 * Takes a step on an item: 404 when absent, 403 unless the unit's editor (整改) or a reviewer in
 * charge of the issuing office (复核), 400 for a missing note or another unit's report, 409 from a
 * status the step does not start from.
 */
export async function takeProblemStep(
  repo: Repository,
  request: StepRequest,
): Promise<ProblemItem> {
  const { user, id } = request;
  const step = problemStep(request.action);
  const item = await repo.problems.getItem(id);
  if (!item) throw new ProblemError(404, '没有这个问题');
  const scope = await scopeOf(repo, user);
  const allowed =
    step.actor === 'unit'
      ? canEdit(user, scope, item.agencyId)
      : canReview(user, scope, item.issuerId);
  if (!allowed)
    throw new ProblemError(
      403,
      step.actor === 'unit'
        ? '只有被检查单位的编辑可以标记已整改'
        : '只有下发问题清单的机关可以复核',
    );
  const note = request.note?.trim() ?? '';
  if (step.noteRequired && note === '') throw new ProblemError(400, `${step.verb}须填写说明`);
  const reportId = request.reportId ?? null;
  if (reportId !== null) {
    const report = await repo.getReport(reportId);
    if (report?.agencyId !== item.agencyId) throw new ProblemError(400, '所附报告不是本单位的报告');
  }
  const refusal = refusalOf(step, item.status);
  if (refusal) throw new ProblemError(409, refusal);
  const moved = await repo.problems.takeStep({
    id,
    action: step.action,
    from: step.from,
    to: step.to,
    note: note === '' ? null : note,
    reportId,
    userId: user.id,
    userName: displayName(user),
  });
  if (moved === undefined) throw new ProblemError(404, '没有这个问题');
  // Someone else moved it between our read and our write.
  if (moved === 'conflict')
    throw new ProblemError(
      409,
      refusalOf(step, (await repo.problems.getItem(id))?.status ?? item.status) ??
        '该问题已变化，请刷新',
    );
  return moved;
}
