import type { ProblemItem, ProblemLists } from './problems-api';

/** The units with items, and how many units have none: a page for 2,000 units lists only the first. */
export function unitsWithItems(lists: ProblemLists): {
  rows: ProblemLists['rows'];
  clean: number;
} {
  const rows = lists.rows.filter((row) => row.items.length > 0);
  return { rows, clean: lists.rows.length - rows.length };
}

/** The counts as one line: 待整改 N · 已整改待复核 N · 复核通过 N. */
export const countsLine = (counts: ProblemLists['counts']): string =>
  `待整改 ${counts.open} · 已整改待复核 ${counts.rectified} · 复核通过 ${counts.verified}`;

/** The unit's latest 整改 step: its note and the report it named. */
export const lastRectification = (item: ProblemItem) =>
  item.steps.findLast((step) => step.action === 'rectify');
