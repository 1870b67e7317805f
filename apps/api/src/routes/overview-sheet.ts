import { statusNames } from '@nianbao/schema';
import type { ListSheet } from '@nianbao/xlsx';
import type { ProgressRow } from '../reports/progress.js';

const notFiled = '未填报';

/** `剩 12 天`, `今天到期`, `逾期 3 天`; empty once published or without a deadline. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft === 0) return '今天到期';
  return daysLeft > 0 ? `剩 ${String(daysLeft)} 天` : `逾期 ${String(-daysLeft)} 天`;
}

/** The 填报进度 rows as a list sheet with Chinese column names, in the order given. */
export function progressSheet(input: {
  readonly year: number;
  readonly rows: readonly ProgressRow[];
}): ListSheet {
  return {
    title: `${String(input.year)}年度填报进度`,
    columns: [
      { header: '机关', width: 36 },
      { header: '状态', width: 12 },
      { header: '错误', width: 8 },
      { header: '警告', width: 8 },
      { header: '期限', width: 12 },
      { header: '剩余天数', width: 12 },
      { header: '逾期', width: 8 },
      { header: '最后修改', width: 22 },
    ],
    rows: input.rows.map((row) => [
      row.agency.name,
      row.report ? statusNames[row.report.status] : notFiled,
      row.report ? row.errors : null,
      row.report ? row.warnings : null,
      row.deadline,
      daysLeftText(row.daysLeft),
      row.overdue ? '逾期' : '',
      row.report ? row.report.updatedAt : null,
    ]),
  };
}
