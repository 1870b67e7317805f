// Warm render of the non-zero fixture against issue 13's target (≤ 2 ms). Run: `pnpm bench`.
import { readFileSync } from 'node:fs';
import { renderHtml } from '../src/index.js';

const fixtureUrl = new URL('../../schema/fixtures/2022-jiangnan-city.json', import.meta.url);
const report: unknown = JSON.parse(readFileSync(fixtureUrl, 'utf8'));
const target = 2;

for (let i = 0; i < 50; i++) renderHtml(report);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  renderHtml(report);
  times.push(performance.now() - start);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
console.log(`html warm render: ${median.toFixed(3)} ms (target ≤ ${target} ms)`);
process.exitCode = median <= target ? 0 : 1;
