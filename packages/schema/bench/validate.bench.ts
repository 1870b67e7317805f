// Throughput of validate() over generated non-zero reports, on one core (one thread).
// Targets: at least 20,000 generated reports per second (issue 2), and 40,000 per second of a
// realistic report with last year's, every rule included (issue 15; 46,000/s before its rules).
import { readdirSync, readFileSync } from 'node:fs';
import { validate } from '../src/index.js';
import { generateReport } from '../src/testing/index.js';

const targets = { generated: 20_000, previous: 40_000 };
const reports = Array.from({ length: 2_000 }, (_, seed) => generateReport(seed));
const lastYear = JSON.parse(
  readFileSync(new URL('../fixtures/2021-jiangnan-city.json', import.meta.url), 'utf8'),
) as unknown;
const thisYear = JSON.parse(
  readFileSync(new URL('../fixtures/2022-jiangnan-city.json', import.meta.url), 'utf8'),
) as unknown;

const brokenDir = new URL('../fixtures/broken/', import.meta.url);
const broken = readdirSync(brokenDir).map(
  (file) => JSON.parse(readFileSync(new URL(file, brokenDir), 'utf8')) as unknown,
);

function measure(label: string, run: (i: number) => unknown, target?: number, seconds = 3): number {
  for (let i = 0; i < 5_000; i++) run(i % reports.length); // warm-up
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 500; i++) run((count + i) % reports.length);
    count += 500;
  }
  const perSecond = Math.round(count / ((performance.now() - start) / 1000));
  const verdict = !target
    ? 'for reference'
    : perSecond >= target
      ? `meets ${target.toLocaleString('en-US')}/s`
      : `MISSES ${target.toLocaleString('en-US')}/s`;
  console.log(
    `${label.padEnd(34)} ${perSecond.toLocaleString('en-US').padStart(9)} reports/s  (${(1e6 / perSecond).toFixed(1)} µs each; ${verdict})`,
  );
  return perSecond;
}

let findings = 0;
measure(
  'validate(generated report)',
  (i) => (findings += validate(reports[i]).length),
  targets.generated,
);
measure(
  'validate(fixture, { previous })',
  () => (findings += validate(thisYear, { previous: lastYear }).length),
  targets.previous,
);
measure('validate(broken report)', (i) => (findings += validate(broken[i % broken.length]).length));
console.log(
  `(${reports.length} distinct generated reports; the 2021→2022 fixture pair; ${broken.length} broken fixtures; ${findings} findings in all)`,
);
