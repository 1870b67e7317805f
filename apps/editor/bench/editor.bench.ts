// Speed of the editor in real Chromium, against the built servers:
//  1. editing one cell: input event → totals, findings and DOM updated → style and layout done;
//  2. the JavaScript the report page loads, gzipped.
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../e2e/chromium';
import { adminPassword, startServers } from '../e2e/servers';
import { asEditor } from '../e2e/as-editor';

// A bench reports; it does not fail: p95 swings with the machine's load.
const edits = 300;
const budgetMs = 16;
// Issue 15: a cell edit redraws its findings (validated, DOM updated) within 8 ms at p95.
const findingsBudgetMs = 8;
const budgetKb = 100;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const servers = await startServers();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const login = await context.request.post(`${servers.url}/api/auth/login`, {
    data: { username: 'admin', password: adminPassword },
  });
  const me = (await login.json()) as { user: { agencyId: string } };
  const created = await context.request.post(`${servers.url}/api/reports`, {
    headers: asEditor(servers.url),
    data: { agencyId: me.user.agencyId, year: 2030 },
  });
  const { id } = (await created.json()) as { id: string };

  const page = await context.newPage();
  const scripts: { url: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body();
    scripts.push({
      url: new URL(response.url()).pathname,
      raw: body.length,
      gzip: gzipSync(body).length,
    });
  });
  await page.goto(`${servers.url}/reports/${id}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-cell="requests.received.natural"]');

  const samples = await page.evaluate(async (count) => {
    const input = document.querySelector<HTMLInputElement>(
      '[data-cell="requests.received.natural"]',
    );
    if (!input) throw new Error('no cell');
    input.focus();
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    const result: { script: number; work: number; frame: number }[] = [];
    for (let i = 0; i < count; i++) {
      await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const isOdd = i % 2 === 1;
      const start = performance.now();
      input.value = String(isOdd ? 7 : 0);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve(); // Svelte flushes its effects in a microtask queued by the handler
      const hasError = document.querySelector('[data-rule="requests.balance"]') !== null;
      if (hasError !== isOdd) throw new Error(`findings not updated at edit ${i}`);
      const script = performance.now() - start;
      document.body.getBoundingClientRect(); // style and layout of the next frame, now
      const work = performance.now() - start;
      const painted = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      result.push({ script, work, frame: painted - start });
    }
    return result;
  }, edits);

  const script = samples.map((s) => s.script).sort((a, b) => a - b);
  const work = samples.map((s) => s.work).sort((a, b) => a - b);
  const frame = samples.map((s) => s.frame).sort((a, b) => a - b);
  const row = (name: string, values: number[]) =>
    `${name.padEnd(44)} p50 ${percentile(values, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(values, 95).toFixed(2).padStart(6)} ms  max ${(values.at(-1) ?? NaN).toFixed(2).padStart(6)} ms`;
  console.log(`editing one cell, ${edits} edits (toggling a requests.balance error):`);
  console.log(row('input → validated, DOM updated (script)', script));
  console.log(row('input → validated, DOM updated, laid out', work));
  console.log(row('input → next animation frame', frame));
  const p95 = percentile(work, 95);
  console.log(
    `budget ${budgetMs} ms: ${p95 <= budgetMs ? 'met' : 'EXCEEDED'} (p95 ${p95.toFixed(2)} ms)`,
  );
  const findingsP95 = percentile(script, 95);
  console.log(
    `findings redrawn, budget ${findingsBudgetMs} ms: ${findingsP95 <= findingsBudgetMs ? 'met' : 'EXCEEDED'} (p95 ${findingsP95.toFixed(2)} ms)`,
  );

  const raw = scripts.reduce((sum, s) => sum + s.raw, 0);
  const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`\nJavaScript loaded by the report page: ${scripts.length} files`);
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip).slice(0, 8))
    console.log(
      `  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gz  ${(s.raw / 1024).toFixed(1).padStart(6)} KB  ${s.url}`,
    );
  console.log(
    `total ${(gzip / 1024).toFixed(1)} KB gzipped (${(raw / 1024).toFixed(1)} KB raw); budget ${budgetKb} KB: ${gzip / 1024 <= budgetKb ? 'met' : 'EXCEEDED'}`,
  );
} finally {
  await browser.close();
  await servers.stop();
}
