// Warm render of the non-zero fixture against issue 13's target (≤ 50 ms). Run: `pnpm bench`.
import { readFileSync } from 'node:fs';
import { renderXlsx } from '../src/index.js';

const fixtureUrl = new URL('../../schema/fixtures/2022-jiangnan-city.json', import.meta.url);
const report: unknown = JSON.parse(readFileSync(fixtureUrl, 'utf8'));
const target = 50;

for (let i = 0; i < 10; i++) await renderXlsx(report);
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  await renderXlsx(report);
  times.push(performance.now() - start);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
console.log(`xlsx warm render: ${median.toFixed(1)} ms (target ≤ ${target} ms)`);
process.exitCode = median <= target ? 0 : 1;
