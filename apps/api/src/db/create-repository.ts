import { createAccountStore } from './account-store.js';
import { createAuditStore } from './audit-store.js';
import { createMessageStore } from '../messages/message-store.js';
import { createLoginLimitStore, type LoginLimitPolicy } from './login-limit-store.js';
import type { Database } from './open-database.js';
import { createRulePackStore } from '../rule-packs/rule-pack-store.js';
import { withReportCache } from './report-cache.js';
import { createReportStore } from './report-store.js';
import type { Repository } from './repository.js';
import { createProblemStore } from '../problems/problem-store.js';
import { withSessionCache } from './session-cache.js';
import { createSessionStore, type SessionLifetime } from './session-store.js';

export interface RepositoryOptions {
  readonly sessionLifetime?: SessionLifetime;
  readonly loginLimits?: LoginLimitPolicy;
}

/**
 * The repository over an open database: the same kysely queries for SQLite and PostgreSQL.
 * Reports read by id are kept in memory where the database tells of other writers (SQLite);
 * a PostgreSQL database may be shared by several servers, so there every read goes to it.
 */
export function createRepository(
  database: Pick<Database, 'db' | 'dialect' | 'dataVersion'>,
  options: RepositoryOptions = {},
): Repository {
  const stores = withSessionCache({
    ...createAccountStore(database.db),
    ...createSessionStore(database.db, options.sessionLifetime),
    ...createReportStore(database.db, database.dialect),
    loginLimits: createLoginLimitStore(database.db, options.loginLimits),
    audit: createAuditStore(database.db),
    problems: createProblemStore(database.db),
    messages: createMessageStore(database.db),
    rulePacks: createRulePackStore(database.db),
  });
  return database.dataVersion ? withReportCache(stores, database.dataVersion) : stores;
}
