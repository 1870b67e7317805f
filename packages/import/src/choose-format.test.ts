import { template2021 } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';
import { Artefacts } from '../test-support/artefacts.js';
import { importedReport } from '../test-support/imported-report.js';
import { printReport } from '../test-support/print-report.js';
import { copiedText } from '../test-support/render-text.js';
import { sampleReport } from '../test-support/sample-report.js';

describe('the format of a report', () => {
  it('follows the year and all the tables, not one row printed with the other format’s label', () => {
    // The first generated copy that prints the row's label plainly (others split or space it).
    const copies = Array.from({ length: 20 }, (_, seed) => {
      const source = sampleReport(seed, template2021);
      const artefacts = new Artefacts(seededRandom(seed), { allowBlanks: false });
      const text = copiedText(printReport(source, template2021, artefacts), 'compact', artefacts);
      return { source, text };
    });
    const { source, text } =
      copies.find((copy) => /^行政规范性文件\t/m.test(copy.text)) ?? copies[0]!;
    // 2019's label for the row 2021 calls 行政规范性文件.
    const deviant = text.replace(/^行政规范性文件\t/m, '规范性文件\t');
    expect(deviant).not.toBe(text);
    const { report } = importedReport(deviant, { kind: 'text' });
    expect(report.format).toBe('2021');
    expect(report.requests).toEqual(source.requests);
  });
});
