// `nianbao import` of 1,000 PDF reports rendered by @nianbao/pdf, with 2 workers, against issue
// 14's target (≤ 60 s on 2 cores). Run from apps/cli after `pnpm build`: `pnpm bench:import`
// (NIANBAO_BENCH_REPORTS=200 for a quicker look). The PDFs are rendered once and kept in the
// temp dir for later runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReport } from '@nianbao/pdf';
import { generateReport } from '@nianbao/schema/testing';

const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const count = Number(process.env.NIANBAO_BENCH_REPORTS ?? 1000);
const workers = process.env.NIANBAO_BENCH_WORKERS ?? '2';
const target = 60;
const work = join(tmpdir(), `nianbao-import-bench-${count}`);
const files = Array.from({ length: count }, (_, i) => `r${i}.pdf`);
mkdirSync(work, { recursive: true });
const renderStart = performance.now();
for (const [i, name] of files.entries()) {
  if (existsSync(join(work, name))) continue;
  writeFileSync(join(work, name), await renderReport(generateReport(i), { force: true }));
}
console.log(`${count} PDFs ready in ${((performance.now() - renderStart) / 1000).toFixed(1)} s`);

// GNU time gives the child's CPU seconds: on a shared machine wall time alone misleads.
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
const args = [cli, 'import', ...files, '--out-dir', 'out', '--json', '--workers', workers];
rmSync(join(work, 'out'), { recursive: true, force: true });
const start = performance.now();
const options = { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 } as const;
const child = gnuTime
  ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], options)
  : spawnSync(process.execPath, args, options);
const wall = (performance.now() - start) / 1000;
const match = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(child.stderr);
const cpu = match ? Number(match[1]) + Number(match[2]) : NaN;
const written = readdirSync(join(work, 'out')).length;
// Exit 1 only says some generated report drew an import finding; 2 means a file was not read.
const ok = (child.status === 0 || child.status === 1) && written === count && wall <= target;
console.log(
  `import ${count} PDFs (--workers ${workers}) → ${written} JSON in ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU, exit ${child.status} (target ≤ ${target} s) ${ok ? '✓' : '✗'}`,
);
process.exitCode = ok ? 0 : 1;
