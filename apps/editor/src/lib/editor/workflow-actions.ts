import type { ReportStatus, Revision, Role } from '$lib/api/api-client';

export interface WorkflowAction {
  readonly action: 'submit' | 'return' | 'approve' | 'publish';
  readonly label: string;
  readonly from: readonly ReportStatus[];
  readonly roles: readonly Role[];
  /** The report must be saved first: it is checked on the server as stored. */
  readonly savesFirst: boolean;
  /** The step must say why, in a note of this name (the API refuses it without one). */
  readonly asksFor?: string;
}

/** The review workflow's buttons; the API's transitions decide, this only offers them. */
export const workflowActions: readonly WorkflowAction[] = [
  {
    action: 'submit',
    label: '提交',
    from: ['draft', 'returned'],
    roles: ['editor', 'admin'],
    savesFirst: true,
  },
  {
    action: 'return',
    label: '退回',
    from: ['submitted', 'approved'],
    roles: ['reviewer', 'admin'],
    savesFirst: false,
    asksFor: '退回意见',
  },
  {
    action: 'approve',
    label: '通过',
    from: ['submitted'],
    roles: ['reviewer', 'admin'],
    savesFirst: false,
  },
  {
    action: 'publish',
    label: '发布',
    from: ['approved'],
    roles: ['reviewer', 'admin'],
    savesFirst: false,
  },
];

/** The actions a user of this role may take on a report in this status. */
export const actionsFor = (role: Role, status: ReportStatus): WorkflowAction[] =>
  workflowActions.filter((a) => a.roles.includes(role) && a.from.includes(status));

export const isEditableStatus = (status: ReportStatus): boolean =>
  status === 'draft' || status === 'returned';

export const revisionActionNames: Readonly<Record<string, string>> = {
  create: '新建',
  createFromPrevious: '结转上年新建',
  import: '导入',
  update: '保存',
  submit: '提交审核',
  return: '退回修改',
  approve: '审核通过',
  publish: '发布',
  correct: '新建更正版本',
};

/** The newest note a reviewer gave when returning the report, if any. */
export const latestReturn = (revisions: readonly Revision[]): Revision | undefined =>
  revisions.findLast((revision) => revision.action === 'return' && revision.comment);
