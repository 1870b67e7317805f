import { createAccountStore } from './account-store.js';
import type { Database } from './open-database.js';
import { withReportCache } from './report-cache.js';
import { createReportStore } from './report-store.js';
import type { Repository } from './repository.js';
import { withSessionCache } from './session-cache.js';

/**
 * The repository over an open database: the same kysely queries for SQLite and PostgreSQL.
 * Reports read by id are kept in memory where the database tells of other writers (SQLite);
 * a PostgreSQL database may be shared by several servers, so there every read goes to it.
 */
export function createRepository(
  database: Pick<Database, 'db' | 'dialect' | 'dataVersion'>,
): Repository {
  const stores = withSessionCache({
    ...createAccountStore(database.db),
    ...createReportStore(database.db, database.dialect),
  });
  return database.dataVersion ? withReportCache(stores, database.dataVersion) : stores;
}
