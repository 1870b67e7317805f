/** The 填报进度 page's query keys, as `/api/overview` takes them. */
export const progressKeys = ['year', 'status', 'overdue', 'withErrors', 'sort', 'page'] as const;
export type ProgressKey = (typeof progressKeys)[number];

export const progressPageSize = 50;

/** The API query for the page's URL: its known keys, 50 rows a page. */
export function overviewQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = { pageSize: String(progressPageSize) };
  for (const key of progressKeys) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query;
}

/**
 * The page's query string with `changes` applied (null removes a key); any change but the page
 * itself starts again at page 1.
 */
export function withQuery(
  params: URLSearchParams,
  changes: Partial<Record<ProgressKey, string | null>>,
): string {
  const next = new URLSearchParams();
  for (const key of progressKeys) {
    const value = key in changes ? changes[key] : params.get(key);
    if (value) next.set(key, value);
  }
  if (!('page' in changes)) next.delete('page');
  return next.toString();
}

/** How many pages `total` rows fill, at least one. */
export const pageCount = (total: number): number =>
  Math.max(1, Math.ceil(total / progressPageSize));

/** `剩 12 天`, `今天到期`, `逾期 3 天`; empty once published or without a deadline. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft === 0) return '今天到期';
  return daysLeft > 0 ? `剩 ${String(daysLeft)} 天` : `逾期 ${String(-daysLeft)} 天`;
}
