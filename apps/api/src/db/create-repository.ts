import type { Kysely } from 'kysely';
import { createAccountStore } from './account-store.js';
import { createReportStore } from './report-store.js';
import type { Repository } from './repository.js';
import { withSessionCache } from './session-cache.js';
import type { Tables } from './tables.js';

/** The repository over a kysely database: the same queries for SQLite and PostgreSQL. */
export function createRepository(db: Kysely<Tables>): Repository {
  return withSessionCache({ ...createAccountStore(db), ...createReportStore(db) });
}
