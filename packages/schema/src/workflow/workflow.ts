// The review workflow's states and people, named once for the API, the editor and the CLI.

/** Every status a report can be in, in workflow order; a new report starts as `draft`. */
export const reportStatuses = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
/** One of `reportStatuses`. */
export type ReportStatus = (typeof reportStatuses)[number];

/** Each status's one Chinese name, as 政务 review systems say it (待审核, 已通过); steps are in transitions. */
export const statusNames: Readonly<Record<ReportStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已通过',
  published: '已发布',
};

/** The statuses in which a report's content may still change. */
export const editableStatuses: readonly ReportStatus[] = ['draft', 'returned'];

/** Whether a report in this status may still be edited. */
export const isEditableStatus = (status: ReportStatus): boolean =>
  editableStatuses.includes(status);

/** Every role an account can have. */
export const roles = ['editor', 'reviewer', 'admin'] as const;
/** One of `roles`. */
export type Role = (typeof roles)[number];

/** Each role's Chinese name. */
export const roleNames: Readonly<Record<Role, string>> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核人',
};

/** Who takes a workflow step: the report's editors or its reviewers. */
export type WorkflowActor = 'editor' | 'reviewer';

/** The roles that act as each actor: an admin may do what either may. */
export const actorRoles: Readonly<Record<WorkflowActor, readonly Role[]>> = {
  editor: ['editor', 'admin'],
  reviewer: ['reviewer', 'admin'],
};
