import type { AuditEntry } from '../db/audit-store.js';

const header = [
  '序号',
  '时间',
  '用户ID',
  '用户名',
  '地址',
  '操作',
  '对象',
  '详情',
  '前一哈希',
  '哈希',
];

// Quotes every field; a leading = + - @ is defused so spreadsheets do not run it as a formula.
const field = (value: string) => `"${value.replace(/^[=+\-@]/, "'$&").replace(/"/g, '""')}"`;

/** The entries as CSV (UTF-8 with BOM, CRLF), one line per entry, for Excel and WPS. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = entries.map((entry) =>
    [
      String(entry.seq),
      entry.at,
      entry.userId ?? '',
      entry.userName ?? '',
      entry.address ?? '',
      entry.action,
      entry.target ?? '',
      JSON.stringify(entry.details),
      entry.prevHash,
      entry.hash,
    ].map(field),
  );
  return `\uFEFF${[header.map(field), ...lines].map((line) => line.join(',')).join('\r\n')}\r\n`;
}
