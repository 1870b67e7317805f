import { roleNames, statusNames } from '@nianbao/schema';

/**
 * The editor's words for what people see, one name per thing, in the formal usage of
 * 国办公开办函〔2021〕30号 and of 政务 systems. States, steps and roles are named once in
 * `@nianbao/schema` (workflow) and only re-exported here.
 */
export const glossary = {
  statuses: statusNames,
  roles: roleNames,
  /** Suggested subheadings of a prose section (not 惯用小标题). */
  outline: '参考提纲',
  /** How a new report is begun: blank, or from last year's (not 起点). */
  creationMethod: '创建方式',
  /** An agency without a report for the year (not 未新建). */
  notFiled: '未填报',
  /** One saved state of a report on the server, automatic or a workflow step (not 版本). */
  savedRecord: (number: number) => `第 ${number} 条保存记录`,
  /** The count of workflow steps a report went through. */
  milestones: '流转次数',
  /** Cells an import could not read. */
  unreadCells: '无法识别的数字已逐一标出，不按 0 计入，请核对后填写。',
  /** The file picker, in Chinese rather than the browser's words. */
  chooseFile: '选择文件',
  noFileChosen: '未选择文件',
  /** Said beside the state of a report that can no longer be changed. */
  locked: '当前不能修改',
} as const;

/**
 * How a person is shown: their name when the account has one, else the login name, else
 * `unknown` (a step with no recorded author).
 */
export const personName = (
  person: { username: string | null; name?: string | null },
  unknown = '系统',
): string => person.name?.trim() || person.username || unknown;
