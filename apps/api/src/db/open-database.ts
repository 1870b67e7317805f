import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { databaseUrlForms, parseDatabaseUrl, type DatabaseTarget } from '@nianbao/config';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import { withStatementCache } from './prepared-statement-cache.js';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  readonly db: Kysely<Tables>;
  readonly dialect: DialectName;
  /** SQLite only: a number that changes whenever another connection commits to the file. */
  readonly dataVersion?: () => number;
  close(): Promise<void>;
}

/** A `DATABASE_URL` read by @nianbao/config (relative paths against the working directory). */
function targetOf(url: string | DatabaseTarget): DatabaseTarget {
  if (typeof url !== 'string') return url;
  const target = parseDatabaseUrl(url, process.cwd());
  if (target === undefined)
    throw new Error(`数据库地址 ${JSON.stringify(url)} 不可用：${databaseUrlForms}`);
  return target;
}

export type SqliteSynchronous = 'NORMAL' | 'FULL';

function openSqlite(
  path: string,
  synchronous: SqliteSynchronous,
): { db: Kysely<Tables>; dataVersion: () => number } {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SQLite(path);
  // WAL: readers never wait for the writer, and a commit is one append to the log.
  // NORMAL (the default) does not fsync at each commit: a committed write is in the log before
  // the API answers, so it survives a crash or kill -9 of the server; only an OS crash or power
  // loss can undo the last commits, never corrupt the file. FULL also fsyncs every commit, for
  // power-loss durability, at 2–5 ms per write on this machine's disk, during which
  // better-sqlite3 blocks the event loop.
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${synchronous}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const dataVersion = database.prepare('PRAGMA data_version').pluck();
  return {
    db: new Kysely<Tables>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    }),
    dataVersion: () => dataVersion.get() as number,
  };
}

function openPostgres(url: string, schema?: string): Kysely<Tables> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new pg.Pool({ connectionString: url, max: 10, options });
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the database named by `url` (a `DATABASE_URL` string, or as read by @nianbao/config)
 * and brings its schema up to date; a URL of no accepted form throws before anything is created.
 */
export async function openDatabase(
  url: string | DatabaseTarget,
  options: { schema?: string; sqliteSynchronous?: SqliteSynchronous } = {},
): Promise<Database> {
  const target = targetOf(url);
  const { dialect } = target;
  const { db, dataVersion } =
    target.dialect === 'postgres'
      ? { db: openPostgres(target.url, options.schema), dataVersion: undefined }
      : openSqlite(target.path, options.sqliteSynchronous ?? 'NORMAL');
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('数据库迁移失败', { cause: error });
  }
  return { db, dialect, dataVersion, close: () => db.destroy() };
}
