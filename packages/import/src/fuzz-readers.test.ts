import { renderReport } from '@nianbao/pdf';
import { template2019, template2021 } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Artefacts } from '../test-support/artefacts.js';
import { printReport } from '../test-support/print-report.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';
import { importDocument, importFile, importReport, type ImportResult } from './index.js';
import { pageLines } from './pdf-lines.js';

/** A report with well-formed findings, or a Chinese reason why there is none. */
function expectSound(result: ImportResult) {
  if (result.kind === 'noReport') {
    expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    return;
  }
  expect(['2021', '2019']).toContain(result.report.format);
  for (const finding of result.findings) expect(finding.message.length).toBeGreaterThan(0);
}

const texts = [template2021, template2019].map((template, seed) => {
  const artefacts = new Artefacts(seededRandom(seed), { allowBlanks: false });
  return copiedText(
    printReport(sampleReport(seed, template), template, artefacts),
    'compact',
    artefacts,
  );
});
const shapes = [
  (text: string) =>
    text
      .split(/\r?\n/)
      .flatMap((line) => line.split('\t'))
      .join('\n\n'),
  (text: string) => text.replace(/\t+/g, '   '),
];

describe('the new readers on hostile input', () => {
  it('reads mangled one-cell-per-line and layout text as findings, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts.flatMap((text) => shapes.map((shape) => shape(text)))),
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom('\n', '  ', '1', '6.', '、', '件', '', '\n\n3\n')),
          { maxLength: 40 },
        ),
        (text, edits) => {
          let input = text;
          for (const [at, insert] of edits) {
            const i = at % (input.length + 1);
            input = input.slice(0, i) + insert + input.slice(i + 1);
          }
          expectSound(importReport(input, { kind: 'text' }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('groups any PDF text runs and drawn rules into lines without throwing', () => {
    const item = fc.record({
      text: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('规章', '12', '1 2 3', '一、总体情况'),
      ),
      x: fc.double({ min: -50, max: 700, noNaN: true }),
      y: fc.double({ min: -50, max: 900, noNaN: true }),
      width: fc.double({ min: 0, max: 300, noNaN: true }),
      size: fc.double({ min: 0.5, max: 40, noNaN: true }),
    });
    const rule = fc.record({
      across: fc.boolean(),
      at: fc.double({ min: -50, max: 900, noNaN: true }),
      from: fc.double({ min: -50, max: 900, noNaN: true }),
      to: fc.double({ min: -50, max: 900, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 80 }),
        fc.array(rule, { maxLength: 40 }),
        (items, rules) => {
          const lines = pageLines({ items, rules, height: 842 }).map(({ line }) => line);
          expectSound(importDocument({ lines, meta: {} }, {}));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers any bytes, a cut PDF or a cut .docx with a result, never a rejection', async () => {
    const pdf = await renderReport(sampleReport(1, template2021), { force: true });
    const samples = [
      pdf,
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml')]),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc
            .tuple(fc.constantFrom(...samples), fc.double({ min: 0, max: 1, noNaN: true }))
            .map(([bytes, cut]) => bytes.subarray(0, Math.floor(bytes.length * cut))),
        ),
        fc.constantFrom('a.pdf', 'a.docx', 'a.doc', 'a.txt', ''),
        async (bytes, name) => {
          expectSound(await importFile(bytes, { name }));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
