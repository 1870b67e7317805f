// Throughput of importReport() over generated platform-HTML reports, on one core (one thread).
// Target (issue 6): at least 1,000 reports per second. Measured in CPU time of this process, so
// that other work on a shared machine does not count against it.
import { template2021, templates } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import { importReport, type ImportResult } from '../src/index.js';
import { Artefacts } from '../test-support/artefacts.js';
import { printReport } from '../test-support/print-report.js';
import { platformHtml } from '../test-support/render-html.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';

const target = 1_000;
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
const size = pages.reduce((sum, page) => sum + page.length, 0) / count;
console.log(
  `(${count} distinct generated reports, both formats, ${Math.round(size / 1000)} k characters of HTML each; ${findings} findings in all)`,
);
