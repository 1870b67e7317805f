import { lazyReport } from './report-store.js';
import type { Repository, StoredReport } from './repository.js';

type CachedReport = StoredReport & { readonly reportJson: Uint8Array };

/**
 * Keeps reports read by id in memory, so reading one again skips the database: the query was
 * more than half the CPU time of `GET /api/reports/:id`.
 *
 * - Writes through this repository drop the report before and after they run, and a read that
 *   overlapped any write is not kept, so a read never brings back what a write replaced.
 * - `dataVersion` must change whenever another connection commits (SQLite's
 *   `PRAGMA data_version`); every read checks it and drops the whole cache when it moved.
 * - Each read gets its own parse of the stored bytes: a caller changing its report object
 *   changes nothing here.
 */
export function withReportCache(
  repo: Repository,
  dataVersion: () => number,
  maxSize = 500,
): Repository {
  const cache = new Map<string, CachedReport>();
  let seenVersion = dataVersion();
  let writes = 0;

  const dropIfChangedElsewhere = () => {
    const version = dataVersion();
    if (version !== seenVersion) {
      seenVersion = version;
      cache.clear();
    }
  };

  async function writing<T>(id: string, write: () => Promise<T>): Promise<T> {
    writes++;
    cache.delete(id);
    try {
      return await write();
    } finally {
      writes++;
      cache.delete(id);
    }
  }

  return {
    ...repo,
    async getReport(id) {
      dropIfChangedElsewhere();
      const cached = cache.get(id);
      if (cached) return lazyReport(cached, cached.reportJson);
      const [writesBefore, versionBefore] = [writes, seenVersion];
      const stored = await repo.getReport(id);
      const isUntouched = writes === writesBefore && dataVersion() === versionBefore;
      if (stored?.reportJson && isUntouched) {
        if (cache.size >= maxSize) cache.delete(cache.keys().next().value as string);
        cache.set(id, lazyReport(stored, stored.reportJson) as CachedReport);
      }
      return stored;
    },
    async updateReport(change) {
      const updated = await writing(change.id, () => repo.updateReport(change));
      // Publishing a correction marks its original too.
      if (typeof updated === 'object' && updated.correctsId !== null)
        await writing(updated.correctsId, () => Promise.resolve());
      return updated;
    },
    deleteReport: (id, expectedVersion, userId) =>
      writing(id, () => repo.deleteReport(id, expectedVersion, userId)),
  };
}
