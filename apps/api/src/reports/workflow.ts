import type { ReportStatus } from '../db/repository.js';

export type Actor = 'editor' | 'reviewer';

export interface Transition {
  readonly action: 'submit' | 'return' | 'approve' | 'publish';
  readonly verb: string;
  readonly from: readonly ReportStatus[];
  readonly to: ReportStatus;
  readonly actor: Actor;
  /** Refused while the report has errors. */
  readonly needsClean: boolean;
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
  },
  {
    action: 'return',
    verb: '退回修改',
    from: ['submitted', 'approved'],
    to: 'returned',
    actor: 'reviewer',
    needsClean: false,
  },
  {
    action: 'approve',
    verb: '审核通过',
    from: ['submitted'],
    to: 'approved',
    actor: 'reviewer',
    needsClean: true,
  },
  {
    action: 'publish',
    verb: '发布',
    from: ['approved'],
    to: 'published',
    actor: 'reviewer',
    needsClean: true,
  },
];

/** Today's date in China, for `publishedOn`. */
export const todayInChina = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
