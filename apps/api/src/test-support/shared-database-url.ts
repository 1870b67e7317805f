import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from './test-databases.js';

/** A fresh database that several server processes can open by URL, and how to remove it. */
export async function sharedDatabaseUrl(
  kind: DatabaseKind,
): Promise<{ url: string; remove(): Promise<void> }> {
  if (kind === 'SQLite') {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shared-'));
    return {
      url: `sqlite:${join(dir, 'shared.sqlite')}`,
      remove() {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const server = process.env.NIANBAO_TEST_DATABASE_URL ?? '';
  const name = `nianbao_shared_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async remove() {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
