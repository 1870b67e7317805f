import { roleNames, statusNames, transitions } from '@nianbao/schema';

/**
 * The editor's words for what people see, one name per thing. Sources, term by term:
 * - 30号 = 国办公开办函〔2021〕30号 (its 格式 and 填报说明): 年度报告, 本机关, 主动公开, 依申请公开,
 *   行政复议, 行政诉讼, 更正; 参考提纲 for the suggested subheadings of a prose section.
 * - 政务 = the usage of government review systems (OA, 政务服务 work orders, 政府网站 CMS):
 *   states 草稿 / 待审核 / 已退回 / 已通过 / 已发布, steps 提交审核 / 撤回 / 退回修改 / 审核通过 /
 *   发布 (named once in `@nianbao/schema`), 创建方式, 未填报, 保存记录, 选择文件, 当前不能修改.
 * Each `replacedTerms` entry is a word no page may show, with what replaced it.
 */
export const glossary = {
  /** 政务: one name per state. */
  statuses: statusNames,
  /** 政务: 管理员, 编辑, 审核人. */
  roles: roleNames,
  /** 政务: each workflow step's one name, by its action (submit → 提交审核). */
  steps: Object.fromEntries(transitions.map((t) => [t.action, t.verb])) as Readonly<
    Record<string, string>
  >,
  /** 30号: suggested subheadings of a prose section. */
  outline: '参考提纲',
  /** 政务: how a new report is begun, blank or from last year's. */
  creationMethod: '创建方式',
  /** 政务: an agency without a report for the year. */
  notFiled: '未填报',
  /** 政务: one saved state of a report on the server, automatic or a workflow step. */
  savedRecord: (number: number) => `第 ${number} 条保存记录`,
  /** The count of workflow steps a report went through. */
  milestones: '流转次数',
  /** 30号 (更正): a published report's correction, and the step that starts one. */
  correction: '更正版本',
  newCorrection: '新建更正版本',
  correctionReason: '更正说明',
  /** Cells an import could not read, in formal wording. */
  unreadCells: '无法识别的数字已逐一标出，不按 0 计入，请核对后填写。',
  /** 政务: the file picker, in Chinese rather than the browser's words. */
  chooseFile: '选择文件',
  noFileChosen: '未选择文件',
  /** Said beside the state of a report that can no longer be changed. */
  locked: '当前不能修改',
} as const;

/** Words no page shows, each with the glossary's word that replaced it (issue 16). */
export const replacedTerms: Readonly<Record<string, string>> = {
  惯用小标题: glossary.outline,
  起点: glossary.creationMethod,
  未新建: glossary.notFiled,
  悄悄: glossary.unreadCells,
  自动保存版本: glossary.savedRecord(1),
  已审核通过: glossary.statuses.approved,
  已提交: glossary.statuses.submitted,
  'Choose File': glossary.chooseFile,
  'No file chosen': glossary.noFileChosen,
};

/**
 * How a person is shown: their name when the account has one, else the login name, else
 * `unknown` (a step with no recorded author).
 */
export const personName = (
  person: { username: string | null; name?: string | null },
  unknown = '系统',
): string => person.name?.trim() || person.username || unknown;
