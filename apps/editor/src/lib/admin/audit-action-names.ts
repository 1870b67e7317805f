import { glossary } from '$lib/glossary';

const names: Readonly<Record<string, string>> = {
  'login.success': '登录',
  'login.failure': '登录失败',
  'login.locked': '登录被锁定拒绝',
  'login.disabled': '已停用账号尝试登录',
  logout: '退出登录',
  'password.change': '修改密码',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.delete': '删除用户',
  'agency.create': '新建机关',
  'agency.update': '修改机关',
  'agency.delete': '删除机关',
  'report.create': '新建报告',
  'report.delete': '删除报告',
  // The workflow's steps, by their one name.
  ...Object.fromEntries(
    Object.entries(glossary.steps).map(([action, verb]) => [`report.${action}`, verb]),
  ),
  'report.correct': '更正',
  'report.import': '导入',
  'report.pdf': '下载 PDF',
  'report.export': '导出',
  'audit.export': '导出审计日志',
  'login-lock.clear': '解除登录锁定',
  'reminder.send': '催报',
  'rule-pack.create': '新建规则设置',
  'rule-pack.update': '修改规则设置',
  'rule-pack.delete': '删除规则设置',
};

/** The Chinese name of an audit action; an action without one is shown as recorded. */
export const auditActionName = (action: string): string => names[action] ?? action;
