import { tableCells, tablesOf, template2019, template2021, templateFor } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Artefacts } from '../test-support/artefacts.js';
import { printReport } from '../test-support/print-report.js';
import { platformHtml, wordHtml } from '../test-support/render-html.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';
import { importedReport } from '../test-support/imported-report.js';
import { importReport, type ImportOptions } from './index.js';

const kinds: readonly ImportOptions['kind'][] = ['html', 'text'];

/** Every result must be a report of a known format with well-formed findings, or say why not. */
function expectSoundResult(input: string, kind: ImportOptions['kind']) {
  const result = importReport(input, { kind });
  if (result.kind === 'noReport') {
    expect(result.message).toContain('没有找到年度报告');
    return;
  }
  const { report, findings } = result;
  expect(['2021', '2019']).toContain(report.format);
  expect(findings.length).toBeGreaterThan(0);
  for (const finding of findings) {
    expect(['error', 'warning']).toContain(finding.severity);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  // Whatever was read, every cell of the template holds a finite number (never NaN, never absent).
  const template = templateFor(report.format);
  for (const table of template ? tablesOf(template) : []) {
    const values = (report as unknown as Record<string, Record<string, Record<string, unknown>>>)[
      table.id
    ];
    for (const cell of tableCells(table)) {
      expect(Number.isFinite(values?.[cell.record]?.[cell.field])).toBe(true);
    }
  }
}

const samples = [template2021, template2019].flatMap((template, t) =>
  [1, 2].map((seed) => {
    const artefacts = new Artefacts(seededRandom(seed + t), { allowBlanks: true });
    const printed = printReport(sampleReport(seed, template), template, artefacts);
    return {
      html: [platformHtml(printed, artefacts), wordHtml(printed, artefacts)],
      text: copiedText(printed, 'compact', artefacts),
    };
  }),
);
const htmlSamples = samples.flatMap((s) => s.html);
const textSamples = samples.map((s) => s.text);

describe('importReport on hostile input', () => {
  it('gives findings or says there is no report, never an exception, for random strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.constantFrom(...kinds),
        (input, kind) => {
          expectSoundResult(input, kind);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads any prefix of a real page without throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...htmlSamples.map((s) => ['html', s] as const),
          ...textSamples.map((s) => ['text', s] as const),
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([kind, input], cut) => {
          expectSoundResult(input.slice(0, Math.floor(input.length * cut)) + '\t', kind);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads shuffled lines and mangled cells as findings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...textSamples),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom('x', '<td>', '一', '\t', '', '1,2,3', '元', '&#x', '<!--'),
          ),
        ),
        (text, swaps, edits) => {
          const lines = text.split('\n');
          for (let i = 0; i + 1 < swaps.length; i += 2) {
            const a = (swaps[i] ?? 0) % lines.length;
            const b = (swaps[i + 1] ?? 0) % lines.length;
            [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
          }
          let input = lines.join('\n');
          for (const [at, insert] of edits) {
            const i = at % (input.length + 1);
            input = input.slice(0, i) + insert + input.slice(i + 1);
          }
          expectSoundResult(input, 'text');
          expectSoundResult(input, 'html');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names a missing table as an error rather than reading zeros silently', () => {
    const text = textSamples[0] ?? '';
    const start = text.indexOf('三、收到和处理政府信息公开申请情况');
    const end = text.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    const { findings } = importedReport(text.slice(0, start) + text.slice(end), { kind: 'text' });
    const missing = findings.filter((f) => f.rule === 'import.missingTable');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.severity).toBe('error');
    expect(missing[0]?.message).toContain('三、收到和处理政府信息公开申请情况');
    expect(missing[0]?.cells).toContain('requests.received.natural');
  });
});
