import { reportStatuses, statusNames, type ReportStatus } from '@nianbao/schema';
import type { Agency, Overview } from '$lib/api/api-client';
import { glossary } from '$lib/glossary';

/** How deep each agency sits below the top of those listed (the top ones are 0). */
export function depths(agencies: readonly Agency[]): Map<string, number> {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const depth = new Map<string, number>();
  const depthOf = (agency: Agency, seen = new Set<string>()): number => {
    const known = depth.get(agency.id);
    if (known !== undefined) return known;
    const parent = agency.parentId === null ? undefined : byId.get(agency.parentId);
    const value = parent && !seen.has(parent.id) ? depthOf(parent, seen.add(agency.id)) + 1 : 0;
    depth.set(agency.id, value);
    return value;
  };
  for (const agency of agencies) depthOf(agency);
  return depth;
}

// Furthest along first, then those not yet started.
const order: readonly (ReportStatus | 'missing')[] = [...reportStatuses.toReversed(), 'missing'];

/** `共 3 个机关：已发布 1 · 草稿 1 · 未填报 1；有错误的 1 份`, leaving out the zeros. */
export function countsLine(overview: Overview): string {
  const { counts } = overview;
  const parts = order
    .filter((key) => counts[key] > 0)
    .map((key) => `${key === 'missing' ? glossary.notFiled : statusNames[key]} ${counts[key]}`);
  const errors = counts.withErrors > 0 ? `；有错误的 ${counts.withErrors} 份` : '';
  return `共 ${overview.rows.length} 个机关：${parts.join(' · ') || '无'}${errors}`;
}
