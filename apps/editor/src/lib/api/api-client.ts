import type { Finding } from '@nianbao/schema';

export type Role = 'admin' | 'editor' | 'reviewer';
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export interface User {
  readonly id: string;
  readonly username: string;
  readonly agencyId: string;
  readonly role: Role;
}

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly level: string | null;
}

export interface ReportSummary {
  readonly id: string;
  readonly agencyId: string;
  readonly year: number;
  readonly status: ReportStatus;
  readonly version: number;
  readonly correctsId: string | null;
  readonly updatedAt: string;
}

export interface ReportResource extends ReportSummary {
  readonly report: unknown;
}

export interface Revision {
  readonly number: number;
  readonly action: string;
  readonly status: ReportStatus;
  readonly userId: string | null;
  /** Who made the revision; absent from older API versions, null for imports. */
  readonly username?: string | null;
  /** The note given with a workflow step, e.g. why a reviewer returned the report. */
  readonly comment?: string | null;
  readonly createdAt: string;
  readonly changes: readonly string[];
}

/** Every agency in the caller's charge and its report for a year (`GET /api/overview`). */
export interface Overview {
  readonly year: number;
  readonly counts: Readonly<Record<ReportStatus | 'missing' | 'withErrors', number>>;
  readonly rows: readonly {
    readonly agency: Agency;
    readonly report: ReportSummary | null;
    readonly errors: number;
    readonly warnings: number;
  }[];
}

/** An API answer other than 2xx, with the problem document's Chinese detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly body: { findings?: Finding[]; currentVersion?: number; existingId?: string } = {},
  ) {
    super(detail);
  }
}

type Fetch = typeof fetch;

/** Calls the API on the editor's own origin (the editor's server forwards `/api/*`). */
export async function api<T>(fetcher: Fetch, path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, {
      ...init,
      credentials: 'same-origin',
      headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  } catch {
    throw new ApiError(0, '网络连接中断');
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError(
      response.status,
      typeof body.detail === 'string' ? body.detail : `服务器返回错误（${response.status}）`,
      body,
    );
  return body as T;
}

export const statusNames: Readonly<Record<ReportStatus, string>> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
  published: '已发布',
};

export const roleNames: Readonly<Record<Role, string>> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核人',
};
