import { reportShortTitle, statusNames, type Transition } from '@nianbao/schema';
import type { Agency, Repository, StoredReport, User } from '../db/repository.js';
import { messageKinds, type MessageKind, type NewMessage } from './message-store.js';

const isKind = (status: string): status is MessageKind =>
  (messageKinds as readonly string[]).includes(status);

/**
 * The message a workflow step leaves, if any: a unit's step (提交) tells the office that reviews
 * it (the parent agency's reviewers, or its own at the top); an office's step tells the unit's editors.
 */
export function stepMessage(step: {
  readonly report: StoredReport;
  readonly transition: Transition;
  readonly agency: Agency | undefined;
  readonly sender: User | undefined;
  readonly comment: string | null;
}): NewMessage | undefined {
  const { report, transition, agency } = step;
  if (!isKind(transition.to)) return undefined;
  const title = reportShortTitle({
    agency: agency?.name ?? '',
    year: report.year,
    isCorrection: report.correctsId !== null,
  });
  const note = step.comment ? `。${transition.commentName}：${step.comment}` : '';
  const to =
    transition.actor === 'editor'
      ? { agencyId: agency?.parentId ?? report.agencyId, role: 'reviewer' }
      : { agencyId: report.agencyId, role: 'editor' };
  return {
    to,
    kind: transition.to,
    reportId: report.id,
    year: report.year,
    text: `${title}${statusNames[transition.to]}${note}`,
    senderId: step.sender?.id ?? null,
  };
}

/** Leaves the step's message (see `stepMessage`) after the step succeeded. */
export async function notifyStep(
  repo: Repository,
  step: Omit<Parameters<typeof stepMessage>[0], 'agency'>,
): Promise<void> {
  const agency = await repo.getAgency(step.report.agencyId);
  const message = stepMessage({ ...step, agency });
  if (message) await repo.messages.send([message]);
}
