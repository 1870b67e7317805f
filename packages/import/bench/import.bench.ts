// Throughput of importReport() over generated platform-HTML reports and copied text, on one core
// (one thread), and the time of one PDF report warm. Targets (issue 14): 2,000 reports per second;
// a 5-page PDF in 100 ms. Measured in CPU time of this process, so that other work on a shared
// machine does not count against it.
import { template2021, templates } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import { renderReport } from '@nianbao/pdf';
import { importFile, importReport, type ImportResult } from '../src/index.js';
import { Artefacts } from '../test-support/artefacts.js';
import { printReport } from '../test-support/print-report.js';
import { platformHtml } from '../test-support/render-html.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';

const target = 2_000;
const pdfTargetMs = 100;
const count = 400;
const render = (seed: number, form: 'html' | 'text'): string => {
  const template = templates[seed % templates.length] ?? template2021;
  const artefacts = new Artefacts(seededRandom(seed), { allowBlanks: true });
  const printed = printReport(sampleReport(seed, template), template, artefacts);
  return form === 'html'
    ? platformHtml(printed, artefacts)
    : copiedText(printed, 'compact', artefacts);
};
const pages = Array.from({ length: count }, (_, seed) => render(seed, 'html'));
const texts = Array.from({ length: count }, (_, seed) => render(seed, 'text'));
// A browser's copy: one cell per line, blank lines between.
const browserCopies = texts.map((text) =>
  text
    .split(/\r?\n/)
    .flatMap((line) => line.split('\t'))
    .join('\n\n'),
);

function measure(label: string, run: (i: number) => unknown, seconds = 3): number {
  for (let i = 0; i < 300; i++) run(i % count); // warm-up
  let done = 0;
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const start = cpuSeconds();
  while (cpuSeconds() - start < seconds) {
    for (let i = 0; i < 50; i++) run((done + i) % count);
    done += 50;
  }
  const perSecond = Math.round(done / (cpuSeconds() - start));
  const verdict = perSecond >= target ? 'meets' : 'MISSES';
  console.log(
    `${label.padEnd(30)} ${perSecond.toLocaleString('en-US').padStart(7)} reports/s  (${(1e3 / perSecond).toFixed(2)} ms each; ${verdict} ${target.toLocaleString('en-US')}/s)`,
  );
  return perSecond;
}

let findings = 0;
const countOf = (result: ImportResult) => (result.kind === 'report' ? result.findings.length : 0);
measure(
  'importReport(platform HTML)',
  (i) => (findings += countOf(importReport(pages[i] ?? '', { kind: 'html' }))),
);
measure(
  'importReport(copied text)',
  (i) => (findings += countOf(importReport(texts[i] ?? '', { kind: 'text' }))),
);
measure(
  'importReport(browser copy)',
  (i) => (findings += countOf(importReport(browserCopies[i] ?? '', { kind: 'text' }))),
);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
};
const pdfs = await Promise.all(
  [1, 2, 3].map((seed) => renderReport(sampleReport(seed, template2021), { force: true })),
);
for (const pdf of pdfs) await importFile(pdf, { name: 'warm-up.pdf' });
const rounds = 20;
const start = cpuMs();
for (let i = 0; i < rounds; i++) await importFile(pdfs[i % pdfs.length] ?? new Uint8Array(), {});
const pdfMs = (cpuMs() - start) / rounds;
console.log(
  `${'importFile(PDF, 5 pages)'.padEnd(30)} ${pdfMs.toFixed(1).padStart(7)} ms each, warm  (${pdfMs <= pdfTargetMs ? 'meets' : 'MISSES'} ${pdfTargetMs} ms)`,
);

const size = pages.reduce((sum, page) => sum + page.length, 0) / count;
console.log(
  `(${count} distinct generated reports, both formats, ${Math.round(size / 1000)} k characters of HTML each; ${findings} findings in all)`,
);
