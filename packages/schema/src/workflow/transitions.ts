import type { ReportStatus, WorkflowActor } from './workflow.js';

/** A workflow step, as named in its route (`POST /api/reports/{id}/submit`). */
export type TransitionAction = 'submit' | 'withdraw' | 'return' | 'approve' | 'publish';

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
  /** What taking the step does, told to the person before they confirm it. */
  readonly consequence: string;
  /** The step stamps `publishedOn`: its actor may choose the date (default today). */
  readonly stampsPublishedOn: boolean;
}

/** The review workflow as data: draft → submitted → returned | approved → published; a submission not yet reviewed may be withdrawn. */
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
    consequence: '报告将交审核人审核；审核期间不能修改，审核前可以撤回。',
    stampsPublishedOn: false,
  },
  {
    action: 'withdraw',
    verb: '撤回',
    from: ['submitted'],
    to: 'draft',
    actor: 'editor',
    needsClean: false,
    needsComment: false,
    commentName: '撤回说明',
    consequence: '报告将撤回为草稿，可以继续修改，修改后须重新提交。',
    stampsPublishedOn: false,
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
    consequence: '报告将退回编辑修改，编辑会看到退回意见。',
    stampsPublishedOn: false,
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
    consequence: '报告将审核通过，内容不能再修改，可以发布。',
    stampsPublishedOn: false,
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
    consequence: '报告将以所选日期公开发布，任何人都能看到；发布后不能修改，只能新建更正版本。',
    stampsPublishedOn: true,
  },
];
