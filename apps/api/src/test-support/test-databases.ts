import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database } from '../db/open-database.js';

const postgresUrl = process.env.NIANBAO_TEST_DATABASE_URL;

export type DatabaseKind = 'SQLite' | 'PostgreSQL';

/** A fresh database: a temporary SQLite file, or a new schema in the test PostgreSQL. */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'SQLite') {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-test-'));
    const database = await openDatabase(`sqlite:${join(dir, 'test.sqlite')}`);
    return {
      ...database,
      close: () => database.close().then(() => rmSync(dir, { recursive: true })),
    };
  }
  if (!postgresUrl) throw new Error('NIANBAO_TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = await openDatabase(postgresUrl, { schema });
  return {
    ...database,
    async close() {
      await database.close();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

const skipReason =
  'skipped: NIANBAO_TEST_DATABASE_URL is not set (run inside `source .ci/postgres.sh`; CI always sets it)';

/** Runs `suite` once per database; the PostgreSQL run is skipped, by name, when no URL is set. */
export function describeEachDatabase(title: string, suite: (kind: DatabaseKind) => void): void {
  describe(`${title} · SQLite`, () => suite('SQLite'));
  if (postgresUrl) describe(`${title} · PostgreSQL`, () => suite('PostgreSQL'));
  else describe.skip(`${title} · PostgreSQL — ${skipReason}`, () => suite('PostgreSQL'));
}
