// `nianbao export` of 1,000 generated reports to each format with 2 workers, against issue 13's
// target (≤ 30 s each). Wall and CPU time per format. Run from apps/cli after `pnpm build`:
// `pnpm bench` (NIANBAO_BENCH_REPORTS=200 for a quicker look; NIANBAO_BENCH_FORMATS=html,csv).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from '@nianbao/schema/testing';

const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const count = Number(process.env.NIANBAO_BENCH_REPORTS ?? 1000);
const formats = (process.env.NIANBAO_BENCH_FORMATS ?? 'html,docx,xlsx,csv,pdf').split(',');
const target = 30;
const work = mkdtempSync(join(tmpdir(), 'nianbao-export-bench-'));
const files = Array.from({ length: count }, (_, i) => {
  const name = `r${i}.json`;
  writeFileSync(join(work, name), JSON.stringify(generateReport(i)));
  return name;
});

// GNU time gives the child's CPU seconds: on a shared machine wall time alone misleads.
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
let failed = false;
for (const to of formats) {
  const args = [cli, 'export', ...files, '--to', to, '--out-dir', `out-${to}`, '--workers', '2'];
  const start = performance.now();
  const child = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], {
        cwd: work,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - start) / 1000;
  const match = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(child.stderr);
  const cpu = match ? Number(match[1]) + Number(match[2]) : NaN;
  const written = readdirSync(join(work, `out-${to}`)).length;
  const ok = child.status === 0 && wall <= target;
  failed ||= !ok;
  console.log(
    `export --to ${to}: ${count} reports → ${written} file(s) in ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU, exit ${child.status} (target ≤ ${target} s) ${ok ? '✓' : '✗'}`,
  );
}
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
