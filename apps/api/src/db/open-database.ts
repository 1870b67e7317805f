import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

export const defaultDatabaseUrl = 'sqlite:./data/nianbao.sqlite';

/** `postgres://…` selects PostgreSQL; `sqlite:path`, a plain path or `:memory:` selects SQLite. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return { dialect: 'sqlite', target: path };
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

/** Opens the database named by `url` and brings its schema up to date. */
export async function openDatabase(
  url: string,
  options: { schema?: string; sqliteSynchronous?: SqliteSynchronous } = {},
): Promise<Database> {
  const { dialect, target } = parseDatabaseUrl(url);
  const { db, dataVersion } =
    dialect === 'postgres'
      ? { db: openPostgres(target, options.schema), dataVersion: undefined }
      : openSqlite(target, options.sqliteSynchronous ?? 'NORMAL');
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, dataVersion, close: () => db.destroy() };
}
