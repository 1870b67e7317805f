import type { ReportStatus, WorkflowActor } from './workflow.js';

/** A workflow step, as named in its route (`POST /api/reports/{id}/submit`). */
export type TransitionAction = 'submit' | 'return' | 'approve' | 'publish';

/** One step of the review workflow (`POST /api/reports/{id}/{action}`). */
export interface Transition {
  readonly action: TransitionAction;
  /** The step's Chinese name: its button, its entry in the history, its error messages. */
  readonly verb: string;
  readonly from: readonly ReportStatus[];
  readonly to: ReportStatus;
  readonly actor: WorkflowActor;
  /** Refused while the report has errors. */
  readonly needsClean: boolean;
  /** Whether the step must say why (`comment` in the body); it may always say something. */
  readonly needsComment: boolean;
  /** What the comment is called where a person reads it. */
  readonly commentName: string;
}

/** The review workflow as data: draft → submitted → returned | approved → published. */
export const transitions: readonly Transition[] = [
  {
    action: 'submit',
    verb: '提交审核',
    from: ['draft', 'returned'],
    to: 'submitted',
    actor: 'editor',
    needsClean: true,
    needsComment: false,
    commentName: '提交说明',
  },
  {
    action: 'return',
    verb: '退回修改',
    from: ['submitted', 'approved'],
    to: 'returned',
    actor: 'reviewer',
    needsClean: false,
    needsComment: true,
    commentName: '退回意见',
  },
  {
    action: 'approve',
    verb: '审核通过',
    from: ['submitted'],
    to: 'approved',
    actor: 'reviewer',
    needsClean: true,
    needsComment: false,
    commentName: '审核意见',
  },
  {
    action: 'publish',
    verb: '发布',
    from: ['approved'],
    to: 'published',
    actor: 'reviewer',
    needsClean: true,
    needsComment: false,
    commentName: '发布说明',
  },
];
