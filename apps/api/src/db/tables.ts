import type { Generated } from 'kysely';

/** Row types of the database, shared by both dialects (ids and timestamps are text). */
export interface AgencyTable {
  id: string;
  name: string;
  parent_id: string | null;
  level: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  /** The person's name as people read it (姓名); null when only the login is known. */
  name: string | null;
  password_hash: string;
  agency_id: string;
  role: string;
  created_at: string;
  disabled_at: string | null;
  /** Deleted users keep their row, so history still shows their name. */
  deleted_at: string | null;
  /** 1 after an admin's reset: everything but changing the password answers 403. */
  must_change_password: Generated<number>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  /** The absolute end of the session. */
  expires_at: string;
  last_seen_at: string | null;
}

/** Failed logins of one user name from one address (`username` set) or of one address. */
export interface LoginFailureTable {
  key: string;
  username: string | null;
  address: string;
  failures: number;
  first_at: string;
  locked_until: string | null;
}

/** Append-only; `hash` = sha256(prev_hash + canonical entry). */
export interface AuditLogTable {
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string | null;
  address: string | null;
  action: string;
  target: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface ReportTable {
  id: string;
  agency_id: string;
  year: number;
  status: string;
  version: number;
  corrects_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** Workflow steps taken (提交, 撤回, 退回, 通过, 发布, 更正): the 版本 people read. */
  milestones: Generated<number>;
  /** The published correction of this report, once there is one. */
  corrected_by_id: string | null;
  /** Why a correction was made (更正说明); null on an original. */
  correction_reason: string | null;
  /** When the draft was deleted: the row and its revisions stay for the audit trail. */
  deleted_at: string | null;
}

export interface RevisionTable {
  report_id: string;
  number: number;
  action: string;
  status: string;
  user_id: string | null;
  created_at: string;
  changes: string;
  body: string;
  comment: string | null;
}

/** An in-app message (消息): to `user_id`, or to the users of `agency_id` (of `role`, if set). */
export interface MessageTable {
  id: string;
  agency_id: string | null;
  user_id: string | null;
  role: string | null;
  kind: string;
  report_id: string | null;
  year: number | null;
  text: string;
  sender_id: string | null;
  created_at: string;
}

/** When one user read one message: an agency's message is read by each of its users alone. */
export interface MessageReadTable {
  message_id: string;
  user_id: string;
  read_at: string;
}

/** The database as kysely sees it. */
export interface Tables {
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  audit_log: AuditLogTable;
  reports: ReportTable;
  revisions: RevisionTable;
  messages: MessageTable;
  message_reads: MessageReadTable;
  rule_packs: RulePackTable;
}

/** A rule pack made in the admin UI: `body` is its JSON (`rules`, `deadlines`). */
export interface RulePackTable {
  id: string;
  body: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}
