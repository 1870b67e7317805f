/** The storage contract the routes use; `createRepository` implements it for both dialects. */
import type { ReportStatus, Role } from '@nianbao/schema';
import type { RulePackStore } from '../rule-packs/rule-pack-store.js';
import type { AuditStore } from './audit-store.js';
import type { LoginLimitStore } from './login-limit-store.js';
import type { ProblemStore } from '../problems/problem-store.js';
import type { MessageStore } from '../messages/message-store.js';

export type { ReportStatus, Role };

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly level: string | null;
  readonly createdAt: string;
}

export interface User {
  readonly id: string;
  readonly username: string;
  /** The person's name (姓名), shown instead of the login when set. */
  readonly name: string | null;
  readonly agencyId: string;
  readonly role: Role;
  readonly createdAt: string;
  /** A disabled user cannot log in and has no sessions. */
  readonly disabled: boolean;
  /** Set by an admin's reset: the user must choose a new password before anything else. */
  readonly mustChangePassword: boolean;
}

/** A report's record without its content: what a list shows. */
export interface ReportSummary {
  readonly id: string;
  readonly agencyId: string;
  readonly year: number;
  readonly status: ReportStatus;
  readonly version: number;
  readonly correctsId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  /** Workflow steps taken (提交, 撤回, 退回, 通过, 发布, 更正): the 版本 people read. */
  readonly milestones: number;
  /** The published correction of this report, once there is one. */
  readonly correctedById: string | null;
  /** Why this correction was made (更正说明); null on an original. */
  readonly correctionReason: string | null;
}

export interface StoredReport extends ReportSummary {
  readonly report: unknown;
  /** The report as stored, UTF-8 JSON, when it came from the database: a GET sends it as is. */
  readonly reportJson?: Uint8Array;
}

export interface Revision {
  readonly reportId: string;
  readonly number: number;
  readonly action: string;
  readonly status: ReportStatus;
  readonly userId: string | null;
  readonly username: string | null;
  /** The person's name (姓名) of the revision's author, when set. */
  readonly name: string | null;
  /** The note given with this step, e.g. why a reviewer returned the report. */
  readonly comment: string | null;
  readonly createdAt: string;
  /** The changed paths (cell addresses such as `requests.received.natural`). */
  readonly changes: readonly string[];
}

export interface RevisionWithReport extends Revision {
  readonly report: unknown;
}

export interface ReportFilter {
  /** Only reports of these agencies. */
  readonly agencyIds?: readonly string[];
  readonly year?: number;
  readonly status?: ReportStatus;
  /** Published reports plus those of these agencies; `'all'` for everything. */
  readonly visibleAgencies: readonly string[] | 'all';
  readonly limit: number;
  readonly offset: number;
}

export interface ReportChange {
  readonly id: string;
  readonly expectedVersion: number;
  readonly report: unknown;
  readonly status: ReportStatus;
  readonly action: string;
  readonly userId: string | null;
  readonly changes: readonly string[];
  readonly comment?: string | null;
  /** A workflow step: it counts towards `milestones`. */
  readonly milestone?: boolean;
}

export interface NewReport {
  readonly agencyId: string;
  readonly year: number;
  readonly status: ReportStatus;
  readonly report: unknown;
  readonly correctsId?: string | null;
  readonly correctionReason?: string | null;
  /** Created by a workflow step (更正): it counts towards `milestones`. */
  readonly milestone?: boolean;
  readonly action: string;
  readonly userId: string | null;
  readonly changes: readonly string[];
}

export interface Repository {
  listAgencies(): Promise<Agency[]>;
  getAgency(id: string): Promise<Agency | undefined>;
  createAgency(input: Omit<Agency, 'id' | 'createdAt'>): Promise<Agency>;
  updateAgency(
    id: string,
    patch: Partial<Omit<Agency, 'id' | 'createdAt'>>,
  ): Promise<Agency | undefined>;
  /** False when the agency does not exist; throws ConflictError while anything refers to it. */
  deleteAgency(id: string): Promise<boolean>;

  countUsers(): Promise<number>;
  /** Admins neither disabled nor deleted. */
  countActiveAdmins(): Promise<number>;
  listUsers(): Promise<User[]>;
  getUser(id: string): Promise<User | undefined>;
  findCredentials(username: string): Promise<{ user: User; passwordHash: string } | undefined>;
  createUser(
    input: Omit<User, 'id' | 'createdAt' | 'disabled' | 'mustChangePassword' | 'name'> & {
      name?: string | null;
      passwordHash: string;
      disabled?: boolean;
      mustChangePassword?: boolean;
    },
  ): Promise<User>;
  updateUser(
    id: string,
    patch: Partial<Pick<User, 'name' | 'agencyId' | 'role' | 'disabled' | 'mustChangePassword'>> & {
      passwordHash?: string;
    },
  ): Promise<User | undefined>;
  /** Keeps the row (history shows the name; the name is never reused) and ends its sessions. */
  deleteUser(id: string): Promise<boolean>;

  /** A new session; the returned time is its absolute end. */
  createSession(input: { tokenHash: string; userId: string }): Promise<{ expiresAt: string }>;
  /** The session's user, unless the session is idle, too old, or its user disabled or deleted. */
  findSessionUser(tokenHash: string, now: string): Promise<User | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of the user, but `exceptTokenHash`. */
  deleteUserSessions(userId: string, exceptTokenHash?: string): Promise<void>;

  readonly loginLimits: LoginLimitStore;
  readonly audit: AuditStore;
  /** 问题清单 → 整改 → 复核. */
  readonly problems: ProblemStore;
  readonly messages: MessageStore;
  readonly rulePacks: RulePackStore;

  listReports(filter: ReportFilter): Promise<{ items: ReportSummary[]; total: number }>;
  getReport(id: string): Promise<StoredReport | undefined>;
  findReports(query: { agencyId: string; year: number }): Promise<StoredReport[]>;
  /** Every report of these agencies in these years, with content, oldest first. */
  findReportsIn(query: {
    agencyIds: readonly string[];
    years: readonly number[];
  }): Promise<StoredReport[]>;
  createReport(input: NewReport): Promise<StoredReport>;
  /** The updated report, or `'conflict'` when its version is no longer `expectedVersion`. */
  updateReport(change: ReportChange): Promise<StoredReport | 'conflict' | undefined>;
  /** Marks a report deleted (its revisions stay); false when its version moved on. */
  deleteReport(id: string, expectedVersion: number, userId?: string | null): Promise<boolean>;
  listRevisions(reportId: string): Promise<Revision[]>;
  getRevision(reportId: string, number: number): Promise<RevisionWithReport | undefined>;
}

/** A write refused by a uniqueness or reference constraint. */
export class ConflictError extends Error {}
