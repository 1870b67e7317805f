import { daysUntil, statutoryDeadline, type ReportStatus } from '@nianbao/schema';
import type { OverviewRow } from './overview.js';
import type { AgencyPack } from './rule-packs.js';

/** An overview row with its deadline: the 填报进度 page's row. */
export interface ProgressRow extends OverviewRow {
  /** The date (ISO) the agency's report is due; null when no format covers the year. */
  readonly deadline: string | null;
  /** Days from today to the deadline, negative once past; null once published. */
  readonly daysLeft: number | null;
  /** Past the deadline without a published report, or published after it (逾期). */
  readonly overdue: boolean;
}

const publishedOnOf = (row: OverviewRow): string | undefined => {
  const value = (row.report?.report as { publishedOn?: unknown } | undefined)?.publishedOn;
  return typeof value === 'string' ? value : undefined;
};

/** The statutory deadline (ISO), or the local one (MM-DD of the next year) when it is earlier. */
function deadlineOf(row: OverviewRow, year: number, local: string | undefined): string | null {
  const statutory = statutoryDeadline(row.agency, year) ?? null;
  const localDate = local && `${String(year + 1)}-${local}`;
  return statutory !== null && localDate && localDate < statutory ? localDate : statutory;
}

/** Each row with its deadline (statutory, or local if earlier), the days left and whether 逾期 at `today`. */
export function withDeadlines(
  rows: readonly OverviewRow[],
  when: {
    readonly year: number;
    readonly today: string;
    readonly packOf?: (agencyId: string) => AgencyPack;
  },
): ProgressRow[] {
  return rows.map((row) => {
    const deadline = deadlineOf(row, when.year, when.packOf?.(row.agency.id).deadline);
    const published = row.report?.status === 'published';
    const publishedOn = publishedOnOf(row);
    const overdue =
      deadline !== null &&
      (published ? publishedOn !== undefined && publishedOn > deadline : when.today > deadline);
    const daysLeft = deadline === null || published ? null : daysUntil(when.today, deadline);
    return { ...row, deadline, daysLeft, overdue };
  });
}

export const progressSorts = ['tree', 'status', 'overdue', 'errors', 'daysLeft', 'name'] as const;

/** Which rows, in which order, which page: the 填报进度 page's query. */
export interface ProgressQuery {
  readonly status?: ReportStatus | 'missing';
  readonly overdue?: boolean;
  readonly withErrors?: boolean;
  readonly sort: (typeof progressSorts)[number];
  readonly page: number;
  readonly pageSize: number;
}

// 待审核 first: what a reviewer acts on, then what is still to come, then what is done.
const statusOrder: readonly (ReportStatus | 'missing')[] = [
  'submitted',
  'missing',
  'draft',
  'returned',
  'approved',
  'published',
];
const statusRank = (row: ProgressRow) => statusOrder.indexOf(row.report?.status ?? 'missing');

const comparators: Record<
  ProgressQuery['sort'],
  ((a: ProgressRow, b: ProgressRow) => number) | null
> = {
  tree: null,
  name: (a, b) => a.agency.name.localeCompare(b.agency.name, 'zh-CN'),
  status: (a, b) => statusRank(a) - statusRank(b),
  overdue: (a, b) => Number(b.overdue) - Number(a.overdue),
  errors: (a, b) => b.errors - a.errors || b.warnings - a.warnings,
  daysLeft: (a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity),
};

/** The rows the query selects, sorted (stably, tree order breaking ties), and the page asked for. */
export function selectRows(
  rows: readonly ProgressRow[],
  query: ProgressQuery,
): { rows: ProgressRow[]; total: number } {
  const selected = rows.filter(
    (row) =>
      (query.status === undefined || (row.report?.status ?? 'missing') === query.status) &&
      (query.overdue === undefined || row.overdue === query.overdue) &&
      (query.withErrors === undefined || row.errors > 0 === query.withErrors),
  );
  const compare = comparators[query.sort];
  if (compare) selected.sort(compare);
  const start = (query.page - 1) * query.pageSize;
  return { rows: selected.slice(start, start + query.pageSize), total: selected.length };
}
