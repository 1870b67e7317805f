// The supervising office's scale (issue 12): 2,000 agencies in a three-level tree, each with a
// published report, in SQLite and (when a URL is given) PostgreSQL; times GET /api/rollup and
// GET /api/overview on the built server. Run `pnpm build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '@nianbao/schema/testing';
import pg from 'pg';
import { createRepository } from '../src/db/create-repository.js';
import { openDatabase } from '../src/db/open-database.js';
import { benchPassword, startBuiltServer, stopServer } from './built-server.js';

const postgresUrl = process.env.NIANBAO_BENCH_DATABASE_URL ?? process.env.NIANBAO_TEST_DATABASE_URL;
const shape = { cities: 40, countiesPerCity: 49 }; // 1 + 40 + 40 × 49 = 2,001 agencies
const year = 2022;
const rounds = 15;
const targets = { rollup: 500, overview: 200 };

async function seed(databaseUrl: string): Promise<string> {
  const database = await openDatabase(databaseUrl);
  const repo = createRepository(database);
  const province = await repo.createAgency({
    name: '示例省人民政府',
    parentId: null,
    level: 'province',
  });
  let n = 0;
  for (let c = 0; c < shape.cities; c++) {
    const city = await repo.createAgency({
      name: `示例市${String(c)}`,
      parentId: province.id,
      level: 'city',
    });
    const units = [city];
    for (let k = 0; k < shape.countiesPerCity; k++)
      units.push(
        await repo.createAgency({
          name: `示例县${String(c)}-${String(k)}`,
          parentId: city.id,
          level: 'county',
        }),
      );
    for (const unit of units) {
      const report = { ...generateReport(++n), year, agency: { name: unit.name } };
      await repo.createReport({
        agencyId: unit.id,
        year,
        status: 'published',
        report,
        action: '发布',
        userId: null,
        changes: [],
      });
    }
  }
  await database.db.destroy();
  return province.id;
}

async function timed(
  url: string,
  token: string,
): Promise<{ median: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < rounds + 2; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.arrayBuffer();
    if (!response.ok)
      throw new Error(`${url}: ${String(response.status)} ${new TextDecoder().decode(body)}`);
    if (i >= 2) times.push(performance.now() - start);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), bytes };
}

async function bench(database: string, databaseUrl: string, port: number) {
  const seedStart = performance.now();
  const province = await seed(databaseUrl);
  const seeded = performance.now() - seedStart;
  const child = await startBuiltServer({ databaseUrl, port, demo: false });
  try {
    const base = `http://127.0.0.1:${String(port)}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: benchPassword }),
    });
    const { token } = (await login.json()) as { token: string };
    const rollup = await timed(`${base}/api/rollup?year=${String(year)}&within=${province}`, token);
    const overview = await timed(`${base}/api/overview?year=${String(year)}`, token);
    // What the 填报进度 page asks for: one page of 50, 待审核 first.
    const page = await timed(
      `${base}/api/overview?year=${String(year)}&sort=status&pageSize=50`,
      token,
    );
    const row = (name: string, f: { median: number; p95: number; bytes: number }, target: number) =>
      `${database.padEnd(10)} ${name.padEnd(9)} median ${f.median.toFixed(0).padStart(4)} ms  p95 ${f.p95.toFixed(0).padStart(4)} ms  target ≤ ${String(target)} ms  ${f.p95 <= target ? 'ok' : 'MISSED'}  (${(f.bytes / 1024).toFixed(0)} KiB)`;
    console.log(
      `${database}: seeded 2,001 agencies and reports in ${(seeded / 1000).toFixed(1)} s`,
    );
    console.log(row('rollup', rollup, targets.rollup));
    console.log(row('overview', overview, targets.overview));
    console.log(row('page 50', page, targets.overview));
  } finally {
    await stopServer(child);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-rollup-bench-'));
try {
  await bench('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`, 3391);
  if (postgresUrl) {
    // A database of its own, so earlier data neither slows nor clashes with the seed.
    const name = `nianbao_bench_rollup_${String(Date.now())}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    try {
      await bench('PostgreSQL', url.toString(), 3392);
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else
    console.log(
      'PostgreSQL: skipped (set NIANBAO_BENCH_DATABASE_URL or NIANBAO_TEST_DATABASE_URL)',
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
