// Issue 11: a burst of 20 PDF renders of a large report while GET /api/reports/{id} keeps its
// p99 ≤ 50 ms (renders run in the worker pool). Run `pnpm build` first; SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { api, benchPassword, startBuiltServer } from './built-server.js';

const renders = 20;
const target = 50;

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-burst-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;
const child = await startBuiltServer({ databaseUrl: `file:${join(dir, 'bench.db')}`, port });
try {
  const { token } = await api(base, '/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username: 'admin', password: benchPassword }),
  });
  const auth = { authorization: `Bearer ${token}` };
  const agencies = await api(base, '/api/agencies');
  // Large: every prose section 15,000 characters in 300 paragraphs.
  const paragraphs = Array.from({ length: 300 }, (_, i) =>
    `第${i + 1}段，本机关依法公开政府信息，接受社会监督，答复依申请公开。`.padEnd(50, '公'),
  ).join('\n');
  /** A new large draft for `year`: its own report, so the route's PDF cache cannot answer. */
  const largeReport = async (year: number): Promise<string> => {
    const created = await api(
      base,
      '/api/reports',
      { method: 'POST', body: JSON.stringify({ agencyId: agencies[0].id, year }) },
      token,
    );
    const report = created.report;
    for (const key of Object.keys(report.narrative)) report.narrative[key] = paragraphs;
    const saved = await api(
      base,
      `/api/reports/${created.id}`,
      {
        method: 'PUT',
        body: JSON.stringify(report),
        headers: { 'if-match': `"${created.version}"` },
      },
      token,
    );
    return saved.id as string;
  };
  const warmUp = await largeReport(2039);
  const ids: string[] = [];
  for (let i = 0; i < renders; i++) ids.push(await largeReport(2040 + i));
  const other = await api(
    base,
    '/api/reports',
    { method: 'POST', body: JSON.stringify({ agencyId: agencies[0].id, year: 2038 }) },
    token,
  );
  // Warm the pool's thread (fonts, JIT) and the GET path.
  await fetch(`${base}/api/reports/${warmUp}/pdf?force=true`, { headers: auth });
  const start = performance.now();
  let done = 0;
  const statuses: number[] = [];
  const burst = Promise.all(
    ids.map(async (id) => {
      const reply = await fetch(`${base}/api/reports/${id}/pdf?force=true`, {
        headers: auth,
      });
      await reply.arrayBuffer();
      statuses.push(reply.status);
      done++;
    }),
  );
  let stopLoad: () => void = () => undefined;
  const load = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}/api/reports/${other.id}`, connections: 2, duration: 600, headers: auth },
      (error: Error | null, result) => (error ? reject(error) : resolve(result)),
    );
    stopLoad = () => instance.stop();
  });
  await burst;
  const burstMs = performance.now() - start;
  stopLoad();
  const result = await load;
  console.log(
    `\nPDF burst: ${renders} renders of a large report (${availableParallelism()} cores)`,
  );
  console.log(
    `  renders finished: ${done} in ${(burstMs / 1000).toFixed(1)} s, statuses ${[...new Set(statuses)].join(', ')}`,
  );
  console.log(
    `  GET /api/reports/{id} meanwhile: ${result.requests.total} requests, ${result.non2xx} non-2xx`,
  );
  console.log(
    `  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (target p99 ≤ ${target} ms): ${result.latency.p99 <= target ? 'meets' : 'MISSES'}`,
  );
  console.log(
    `  load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
