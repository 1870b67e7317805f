/** A 问题清单 item's statuses: 待整改, 已整改 (awaiting 复核), 复核通过. */
export const problemStatuses = ['open', 'rectified', 'verified'] as const;
export type ProblemStatus = (typeof problemStatuses)[number];

export const problemStatusNames: Readonly<Record<ProblemStatus, string>> = {
  open: '待整改',
  rectified: '已整改待复核',
  verified: '复核通过',
};

/** Who takes a step: the unit's editor, or a reviewer in charge of the issuing office. */
export type ProblemActor = 'unit' | 'office';

export interface ProblemStep {
  readonly action: 'rectify' | 'verify' | 'reopen';
  readonly from: ProblemStatus;
  readonly to: ProblemStatus;
  readonly actor: ProblemActor;
  /** The step's one Chinese name. */
  readonly verb: string;
  readonly noteRequired: boolean;
}

export const problemSteps: readonly ProblemStep[] = [
  {
    action: 'rectify',
    from: 'open',
    to: 'rectified',
    actor: 'unit',
    verb: '标记已整改',
    noteRequired: true,
  },
  {
    action: 'verify',
    from: 'rectified',
    to: 'verified',
    actor: 'office',
    verb: '复核通过',
    noteRequired: false,
  },
  {
    action: 'reopen',
    from: 'rectified',
    to: 'open',
    actor: 'office',
    verb: '复核不通过',
    noteRequired: true,
  },
];

/** The step by its action; every action above is defined. */
export const problemStep = (action: ProblemStep['action']): ProblemStep =>
  problemSteps.find((step) => step.action === action) as ProblemStep;

/** Why `step` cannot be taken from `status`, in Chinese; undefined when it can. */
export function refusalOf(step: ProblemStep, status: ProblemStatus): string | undefined {
  if (status === step.from) return undefined;
  return `该问题${problemStatusNames[status]}，不能${step.verb}`;
}
