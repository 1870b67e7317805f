import {
  actorRoles,
  transitions,
  type ReportStatus,
  type Role,
  type Transition,
} from '@nianbao/schema';
import type { Revision } from '$lib/api/api-client';
import { glossary } from '$lib/glossary';

export interface WorkflowAction extends Transition {
  /** The button's text: the step's one name (提交审核, 退回修改, …). */
  readonly label: string;
  readonly roles: readonly Role[];
  /** The report must be saved first: it is checked on the server as stored. */
  readonly savesFirst: boolean;
  /** The step must say why, in a note of this name (the API refuses it without one). */
  readonly asksFor?: string;
}

/** The review workflow's buttons; the API's transitions decide, this only offers them. */
export const workflowActions: readonly WorkflowAction[] = transitions.map((transition) => ({
  ...transition,
  label: transition.verb,
  roles: actorRoles[transition.actor],
  // Only editors change the content, so only their steps must wait for it to be saved.
  savesFirst: transition.actor === 'editor',
  ...(transition.needsComment ? { asksFor: transition.commentName } : {}),
}));

/** The actions a user of this role may take on a report in this status. */
export const actionsFor = (role: Role, status: ReportStatus): WorkflowAction[] =>
  workflowActions.filter((a) => a.roles.includes(role) && a.from.includes(status));

export const revisionActionNames: Readonly<Record<string, string>> = {
  create: '新建',
  createFromPrevious: '结转上年新建',
  createFromRollup: '以汇总数据新建',
  import: '导入',
  update: '自动保存',
  ...glossary.steps,
  correct: glossary.newCorrection,
  corrected: `${glossary.correction}已发布`,
  delete: '删除',
};

/** The newest note a reviewer gave when returning the report, if any. */
export const latestReturn = (revisions: readonly Revision[]): Revision | undefined =>
  revisions.findLast((revision) => revision.action === 'return' && revision.comment);
