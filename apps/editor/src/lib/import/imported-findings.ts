import { isImportFinding } from '@nianbao/import';
import type { Finding } from '@nianbao/schema';

// What an import found, kept for the report page that opens next (this tab only).
const key = (reportId: string) => `nianbao:imported:${reportId}`;

export function rememberImportFindings(
  storage: Storage,
  reportId: string,
  findings: readonly Finding[],
): void {
  storage.setItem(key(reportId), JSON.stringify(findings.filter(isImportFinding)));
}

export function recallImportFindings(storage: Storage, reportId: string): Finding[] {
  try {
    const findings: unknown = JSON.parse(storage.getItem(key(reportId)) ?? '[]');
    return Array.isArray(findings) ? (findings as Finding[]) : [];
  } catch {
    return [];
  }
}

export function forgetImportFindings(storage: Storage, reportId: string): void {
  storage.removeItem(key(reportId));
}

/** Text of an uploaded page: UTF-8, or GBK as many older government sites still serve. */
export function decodePage(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** How to read the content: as a page when it looks like one, else as copied text. */
export const kindOf = (text: string, fileName = ''): 'html' | 'text' =>
  /\.html?$/i.test(fileName) || /^\s*</.test(text) ? 'html' : 'text';
