import { importReport } from '@nianbao/import';
import { templates, type Report } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';

const tablesOf = ({ proactive, requests, appeals }: Report) => ({ proactive, requests, appeals });

describe.each(templates.map((template) => [template.format, template] as const))(
  'a generated %s report',
  (_format, template) => {
    it('reads back through importReport with every cell, the title and the prose exact', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
          const source = generateReport(seed, template);
          const read = importReport(renderHtml(source), { kind: 'html' });
          if (read.kind !== 'report') throw new Error(read.message);
          expect(tablesOf(read.report)).toEqual(tablesOf(source));
          expect(read.report.narrative).toEqual(source.narrative);
          expect(read.report.invalidEntries).toBeUndefined();
          const { format, year, publishedOn, agency } = read.report;
          expect({ format, year, publishedOn, name: agency.name }).toEqual({
            format: source.format,
            year: source.year,
            publishedOn: source.publishedOn,
            name: source.agency.name,
          });
        }),
        { numRuns: 40 },
      );
    });
  },
);
