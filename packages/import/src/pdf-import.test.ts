import { renderReport } from '@nianbao/pdf';
import { templates, validate, type Report } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../test-support/sample-report.js';
import { importFile } from './index.js';

const tablesOfReport = (report: Report) => ({
  proactive: report.proactive,
  requests: report.requests,
  appeals: report.appeals,
});

describe.each(templates.map((template) => [template.name, template] as const))(
  'a generated %s report printed by @nianbao/pdf',
  (_name, template) => {
    it.each([1, 2, 3])(
      'reads back every cell exactly, with no false finding (seed %i)',
      async (seed) => {
        const source = sampleReport(seed, template);
        const bytes = await renderReport(source, { force: true });
        const level = source.agency.level;
        const read = await importFile(bytes, {
          name: 'report.pdf',
          agency: level ? { level } : {},
        });
        if (read.kind !== 'report') throw new Error(read.message);
        expect(tablesOfReport(read.report)).toEqual(tablesOfReport(source));
        expect({ year: read.report.year, agency: read.report.agency.name }).toEqual({
          year: source.year,
          agency: source.agency.name,
        });
        expect(read.report.narrative).toEqual(source.narrative);
        expect(read.findings).toEqual(
          validate({ ...source, publishedOn: read.report.publishedOn }),
        );
      },
    );
  },
);
