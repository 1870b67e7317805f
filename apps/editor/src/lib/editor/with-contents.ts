import { splitAddress, type Report } from '@nianbao/schema';
import type { CellContent } from '$lib/grid/history';

type Tables = Record<string, Record<string, Record<string, number>>>;

/**
 * The report with cells set: a number is stored and clears the cell's invalid entry; text is
 * kept as typed in `invalidEntries` and leaves the number as it was (contract §3).
 */
export function withContents(report: Report, contents: ReadonlyMap<string, CellContent>): Report {
  const next = { ...report } as unknown as Tables;
  const entries = new Map(Object.entries(report.invalidEntries ?? {}));
  for (const [address, content] of contents) {
    if (typeof content === 'string') {
      entries.set(address, content);
      continue;
    }
    entries.delete(address);
    const [table, record, field] = splitAddress(address);
    const rows = (next[table] = { ...next[table] });
    rows[record] = { ...rows[record], [field]: content };
  }
  const result = next as unknown as Report;
  // Absent when empty, as the format says.
  if (entries.size > 0) result.invalidEntries = Object.fromEntries(entries);
  else delete result.invalidEntries;
  return result;
}
