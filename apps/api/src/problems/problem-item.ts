import type { ProblemSource } from './problem-source.js';
import type { ProblemStatus } from './problem-workflow.js';

/** One step in an item's history: who, when, what it became, and the note given. */
export interface ProblemStepRecord {
  readonly number: number;
  readonly action: 'generate' | 'rectify' | 'verify' | 'reopen';
  readonly status: ProblemStatus;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly note: string | null;
  readonly reportId: string | null;
  readonly at: string;
}

/** One item of a unit's 问题清单, with its history oldest first. */
export interface ProblemItem {
  readonly id: string;
  readonly listId: string;
  readonly issuerId: string;
  readonly year: number;
  readonly agencyId: string;
  readonly fingerprint: string;
  readonly source: ProblemSource;
  readonly text: string;
  readonly status: ProblemStatus;
  readonly reportId: string | null;
  readonly rectifiedReportId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly steps: readonly ProblemStepRecord[];
}
