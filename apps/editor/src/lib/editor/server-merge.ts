import { isEditableStatus, mergeReports, type MergeClash, type Report } from '@nianbao/schema';
import { apiClient, ApiError, call, reportOf } from '$lib/api/api-client';
import { personName } from '$lib/glossary';

/** Both sides changed these units differently: the user chooses, per clash. */
export interface Clash {
  readonly clashes: readonly MergeClash[];
  /** The server's report and version the choices are made against: the next base. */
  readonly theirs: Report;
  readonly serverVersion: number;
  /** Who saved the server's version last, when the history says. */
  readonly by?: string;
}

export type ServerMerge =
  | { readonly kind: 'saved'; readonly version: number; readonly report: Report }
  | ({ readonly kind: 'clash' } & Clash)
  /** The report can no longer be edited (submitted, …): nothing was saved. */
  | { readonly kind: 'locked'; readonly detail: string };

/** How often the merge is retried when the server moves again while it is saved. */
const attempts = 3;

/**
 * After a 409: reads the server's report, merges it with mine from their common base and,
 * when they changed different cells or sections, saves the merge with If-Match of the
 * server's version (again, if it moved meanwhile). A real clash is returned, not saved.
 */
export async function mergeWithServer(options: {
  readonly reportId: string;
  readonly base: Report;
  readonly mine: Report;
  readonly fetcher?: typeof fetch;
}): Promise<ServerMerge> {
  const api = apiClient(options.fetcher).api;
  const param = { id: options.reportId };
  for (let attempt = 1; ; attempt++) {
    const fresh = await call(api.reports[':id'].$get({ param }));
    if (!isEditableStatus(fresh.status))
      return { kind: 'locked', detail: '报告已不能修改，本机的修改未保存' };
    const theirs = reportOf(fresh);
    const merged = mergeReports({ base: options.base, mine: options.mine, theirs });
    if (merged.kind === 'clash') {
      const revisions = await call(api.reports[':id'].revisions.$get({ param })).catch(() => []);
      const last = revisions.at(-1);
      const by = last && personName(last, '');
      return {
        kind: 'clash',
        clashes: merged.clashes,
        theirs,
        serverVersion: fresh.version,
        ...(by ? { by } : {}),
      };
    }
    try {
      const saved = await call(
        api.reports[':id'].$put({
          param,
          header: { 'if-match': `"${String(fresh.version)}"` },
          json: merged.report,
        }),
      );
      return { kind: 'saved', version: saved.version, report: reportOf(saved) };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409 || attempt >= attempts) throw error;
    }
  }
}
