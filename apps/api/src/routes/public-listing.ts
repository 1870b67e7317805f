import { reportTitle, type Report } from '@nianbao/schema';
import type { Agency, Repository, StoredReport } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';

// Far above any deployment's published reports; the list is filtered and paged in memory.
const allPublished = 100_000;

/** A published report as anyone may see it: no user, status history or comment. */
export function publicSummaryOf(stored: StoredReport) {
  const report = stored.report as Report;
  const isCorrection = stored.correctsId !== null;
  return {
    id: stored.id,
    agencyId: stored.agencyId,
    agency: report.agency.name,
    year: stored.year,
    title: reportTitle({ agency: report.agency.name, year: stored.year, isCorrection }),
    publishedOn: report.publishedOn ?? null,
    isCorrection,
  };
}

/** The published report with this id; 404 for anything else, drafts of published bodies too. */
export async function loadPublished(repo: Repository, id: string): Promise<StoredReport> {
  const stored = await repo.getReport(id);
  if (stored?.status !== 'published') throw new ProblemError(404, '没有这份已发布的报告');
  return stored;
}

export interface PublicQuery {
  readonly year?: number | undefined;
  readonly agency?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of published reports, newest year first, with the years and agencies to filter by. */
export async function listPublished(repo: Repository, query: PublicQuery) {
  const { items } = await repo.listReports({
    status: 'published',
    visibleAgencies: [],
    limit: allPublished,
    offset: 0,
  });
  const names = new Map((await repo.listAgencies()).map((a: Agency) => [a.id, a.name]));
  const matching = items
    .filter(
      (r) =>
        (query.year === undefined || r.year === query.year) &&
        (query.agency === undefined || r.agencyId === query.agency),
    )
    .sort(
      (a, b) =>
        b.year - a.year ||
        (names.get(a.agencyId) ?? '').localeCompare(names.get(b.agencyId) ?? '', 'zh-CN') ||
        a.createdAt.localeCompare(b.createdAt),
    );
  const start = (query.page - 1) * query.pageSize;
  const page = await Promise.all(
    matching.slice(start, start + query.pageSize).map((r) => loadPublished(repo, r.id)),
  );
  const agencyIds = [...new Set(items.map((r) => r.agencyId))];
  return {
    items: page.map(publicSummaryOf),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    years: [...new Set(items.map((r) => r.year))].sort((a, b) => b - a),
    agencies: agencyIds
      .map((id) => ({ id, name: names.get(id) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

/** The standing published version of each body's year: a corrected original gives way. */
export async function standingReportsOf(repo: Repository, year: number): Promise<Report[]> {
  const { items } = await repo.listReports({
    status: 'published',
    year,
    visibleAgencies: [],
    limit: allPublished,
    offset: 0,
  });
  const standing = items.filter((r) => r.correctedById === null);
  const stored = await Promise.all(standing.map((r) => loadPublished(repo, r.id)));
  return stored.map((r) => r.report as Report);
}
