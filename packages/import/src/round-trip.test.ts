import { templates, validate, type Report, type TemplateDef } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Artefacts } from '../test-support/artefacts.js';
import { printReport } from '../test-support/print-report.js';
import { platformHtml, wordHtml } from '../test-support/render-html.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';
import { importedReport } from '../test-support/imported-report.js';
import type { ImportOptions } from './index.js';

interface Form {
  readonly name: string;
  readonly kind: ImportOptions['kind'];
  /** A copy that pads merged cells cannot show blank cells unambiguously. */
  readonly allowBlanks: boolean;
  readonly render: (printed: ReturnType<typeof printReport>, artefacts: Artefacts) => string;
}

const forms: readonly Form[] = [
  { name: 'platform HTML', kind: 'html', allowBlanks: true, render: platformHtml },
  { name: 'Word-exported HTML', kind: 'html', allowBlanks: true, render: wordHtml },
  {
    name: 'copied text, one cell per printed cell',
    kind: 'text',
    allowBlanks: true,
    render: (printed, artefacts) => copiedText(printed, 'compact', artefacts),
  },
  {
    name: 'copied text, one cell per grid column',
    kind: 'text',
    allowBlanks: false,
    render: (printed, artefacts) => copiedText(printed, 'grid', artefacts),
  },
  {
    name: 'copied text, one cell per line (a browser copy, a PDF in reading order)',
    kind: 'text',
    allowBlanks: false,
    render: (printed, artefacts) => cellPerLine(copiedText(printed, 'compact', artefacts)),
  },
  {
    name: 'copied text, columns separated by runs of spaces (PDF layout text)',
    kind: 'text',
    allowBlanks: false,
    render: (printed, artefacts) =>
      copiedText(printed, 'compact', artefacts).replace(/\t+/g, '   '),
  },
];

/** A browser's copy of cells that hold paragraphs: every cell on its own line, blank lines between. */
const cellPerLine = (text: string): string =>
  text
    .split(/\r?\n/)
    .flatMap((line) => line.split('\t').filter((cell) => cell.trim() !== ''))
    .join('\n\n');

const tablesOfReport = (report: Report) => ({
  proactive: report.proactive,
  requests: report.requests,
  appeals: report.appeals,
});

function roundTrip(seed: number, template: TemplateDef, form: Form) {
  const source = sampleReport(seed, template);
  const artefacts = new Artefacts(seededRandom(seed * 31 + form.name.length), {
    allowBlanks: form.allowBlanks,
  });
  const printed = printReport(source, template, artefacts);
  const input = form.render(printed, artefacts);
  const level = source.agency.level;
  const imported = importedReport(input, { kind: form.kind, agency: level ? { level } : {} });
  return { source, printed, input, ...imported };
}

describe.each(templates.map((template) => [template.name, template] as const))(
  'a generated %s report',
  (_name, template) => {
    it.each(forms.map((form) => [form.name, form] as const))(
      'round-trips exactly through %s',
      (_form, form) => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
            const { source, printed, report, findings } = roundTrip(seed, template, form);
            expect(tablesOfReport(report)).toEqual(tablesOfReport(source));
            expect(report.narrative).toEqual(source.narrative);
            const { format, year, agency, publishedOn } = report;
            expect({ format, year, agency, publishedOn }).toEqual({
              format: source.format,
              year: source.year,
              agency: source.agency,
              publishedOn: source.publishedOn,
            });
            const own = findings.filter((f) => f.rule.startsWith('import.'));
            expect(own.every((f) => f.rule === 'import.blank' && f.severity === 'warning')).toBe(
              true,
            );
            expect(own.map((f) => f.cells[0]).sort()).toEqual([...printed.blanks].sort());
            expect(findings.filter((f) => !f.rule.startsWith('import.'))).toEqual(validate(source));
          }),
          // 904431: a label split over two lines whose second piece holds a wide space (CI, stop 18).
          { numRuns: 40, examples: [[904431]] },
        );
      },
    );
  },
);

describe('the generated artefacts', () => {
  it('include every kind the importer must tolerate', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      for (const form of forms) {
        const { input } = roundTrip(seed, templates[seed % 2]!, form);
        if (/\(\S/.test(input)) seen.add('half-width brackets');
        if (/[０-９]/.test(input)) seen.add('full-width digits');
        if (/\d,\d{3}/.test(input)) seen.add('thousands separators');
        if (/\d件/.test(input)) seen.add('件');
        if (/\d元/.test(input)) seen.add('元');
        if (/\d万元/.test(input)) seen.add('万元');
        if (/^\d+\. /m.test(input) || /\t\d+\. /.test(input)) seen.add('space after 1.');
        if (/<br>|<\/p>\n<p class=MsoNormal align=center/.test(input)) seen.add('cell over lines');
        if (/&nbsp;/.test(input)) seen.add('&nbsp;');
        if (/^\S[^\t\n]*\t/m.test(input) && form.kind === 'text') seen.add('rows');
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'half-width brackets',
        'full-width digits',
        'thousands separators',
        '件',
        '元',
        '万元',
        'space after 1.',
        'cell over lines',
        '&nbsp;',
        'rows',
      ].sort(),
    );
  });
});
