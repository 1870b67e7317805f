// Loads the built server with autocannon: GET and PUT of a report, SQLite and (when a URL is
// given) PostgreSQL. Run `pnpm build` first; targets are for a 2-core machine.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { api, benchPassword, main, startBuiltServer } from './built-server.js';

const seconds = Number(process.env.NIANBAO_BENCH_SECONDS ?? 10);
const warmUpSeconds = 2;
const connections = 10;
const postgresUrl = process.env.NIANBAO_BENCH_DATABASE_URL ?? process.env.NIANBAO_TEST_DATABASE_URL;
const targets = { get: 3000, put: 500, p99: 50 };

interface Draft {
  id: string;
  version: number;
  body: string;
  isBusy: boolean;
}

interface Figures {
  database: string;
  operation: string;
  rps: number;
  p99: number;
  errors: number;
  target: number;
}

const loadFor = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(options, (error: Error | null, result) => (error ? reject(error) : resolve(result))),
  );

/** Measures after a short unmeasured run, so the figures are of warmed-up code, not the JIT. */
async function run(
  options: autocannon.Options,
  afterWarmUp?: () => Promise<void>,
): Promise<autocannon.Result> {
  await loadFor({ ...options, duration: warmUpSeconds });
  await afterWarmUp?.();
  return loadFor(options);
}

async function benchDatabase(
  database: string,
  databaseUrl: string,
  port: number,
): Promise<Figures[]> {
  const child = await startBuiltServer({ databaseUrl, port });
  const base = `http://127.0.0.1:${port}`;
  try {
    const { token } = await api(base, '/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'admin', password: benchPassword }),
    });
    const agencies = await api(base, '/api/agencies');
    // One draft per connection, so concurrent PUTs never race for the same version.
    const pool: Draft[] = [];
    for (let i = 0; i < connections; i++) {
      const created = await api(
        base,
        '/api/reports',
        {
          method: 'POST',
          body: JSON.stringify({ agencyId: agencies[0].id, year: 2040 + i }),
        },
        token,
      );
      pool.push({
        id: created.id,
        version: created.version,
        body: JSON.stringify(created.report),
        isBusy: false,
      });
    }
    const auth = { authorization: `Bearer ${token}` };
    // The same server answering without touching the database: this machine's ceiling right now.
    const health = await run({ url: `${base}/api/health`, connections, duration: seconds });
    const get = await run({
      url: `${base}/api/reports/${pool[0]?.id}`,
      connections,
      duration: seconds,
      headers: auth,
    });
    // Requests cut off at the end of a run leave drafts busy or their versions unknown: once the
    // server has finished them, refresh.
    const freePool = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const draft of pool) {
        const current = await api(base, `/api/reports/${draft.id}`, {}, token);
        Object.assign(draft, { version: current.version, isBusy: false });
      }
    };
    const put = await run(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'PUT',
            setupRequest: (request, context) => {
              const draft = pool.find((d) => !d.isBusy);
              if (!draft) throw new Error('no free draft');
              draft.isBusy = true;
              (context as { draft?: Draft }).draft = draft;
              return {
                ...request,
                path: `/api/reports/${draft.id}`,
                headers: {
                  ...auth,
                  'content-type': 'application/json',
                  'if-match': `"${draft.version}"`,
                },
                body: draft.body,
              };
            },
            onResponse: (status, body, context) => {
              const { draft } = context as { draft: Draft };
              if (status === 200) draft.version = (JSON.parse(body) as { version: number }).version;
              draft.isBusy = false;
            },
          },
        ],
      },
      freePool,
    );
    const figures = (operation: string, result: autocannon.Result, target: number): Figures => ({
      database,
      operation,
      rps: result.requests.average,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors + result.timeouts,
      target,
    });
    return [
      figures('GET /api/health (baseline)', health, 0),
      figures('GET /api/reports/:id', get, targets.get),
      figures('PUT /api/reports/:id', put, targets.put),
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function withPostgresDatabase<T>(
  url: string,
  use: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const name = `nianbao_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await use(target.toString());
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}

if (!existsSync(main)) {
  console.error('没有找到 dist/main.js：请先运行 pnpm build');
  process.exit(1);
}
const results: Figures[] = [];
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
try {
  results.push(...(await benchDatabase('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`, 3901)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (postgresUrl)
  results.push(
    ...(await withPostgresDatabase(postgresUrl, (url) => benchDatabase('PostgreSQL', url, 3902))),
  );
else
  console.log('PostgreSQL: skipped (set NIANBAO_BENCH_DATABASE_URL or NIANBAO_TEST_DATABASE_URL)');

const isMet = (f: Figures) => f.rps >= f.target && f.p99 <= targets.p99 && f.errors === 0;
const load = loadavg()
  .map((n) => n.toFixed(1))
  .join(' / ');
console.log(
  `\n${seconds} s per run after ${warmUpSeconds} s of warm-up, ${connections} connections, 127.0.0.1, ${cpus().length} cores, load ${load}`,
);
console.table(
  results.map((f) => ({
    database: f.database,
    operation: f.operation,
    'req/s': Math.round(f.rps),
    'target req/s': f.target ? `≥ ${f.target}` : '',
    'p99 ms': f.p99,
    'target p99': `≤ ${targets.p99}`,
    'non-2xx': f.errors,
    met: f.target ? (isMet(f) ? 'yes' : 'NO') : '',
  })),
);
