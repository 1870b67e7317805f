import { validate, type Report, type TemplateDef } from '@nianbao/schema';
import { seededRandom } from '@nianbao/schema/testing';
import { expect } from 'vitest';
import type { ImportResult } from '../src/index.js';
import { Artefacts } from './artefacts.js';
import { printReport } from './print-report.js';
import { platformHtml } from './render-html.js';
import { sampleReport } from './sample-report.js';

const tablesOfReport = (report: Report) => ({
  proactive: report.proactive,
  requests: report.requests,
  appeals: report.appeals,
});

/** A generated report as its platform page (no blanks: a copy or print cannot place them). */
export function platformPage(seed: number, template: TemplateDef) {
  const source = sampleReport(seed, template);
  const artefacts = new Artefacts(seededRandom(seed), { allowBlanks: false });
  return { source, html: platformHtml(printReport(source, template, artefacts), artefacts) };
}

/** The agency level to confirm on import, as the source has it. */
export const levelOf = (source: Report) =>
  source.agency.level ? { level: source.agency.level } : {};

/** Every cell, the year and the agency read back exactly, and no finding of the importer's own. */
export function expectExact(read: ImportResult, source: Report) {
  if (read.kind !== 'report') throw new Error(read.message);
  expect(tablesOfReport(read.report)).toEqual(tablesOfReport(source));
  expect({ year: read.report.year, agency: read.report.agency.name }).toEqual({
    year: source.year,
    agency: source.agency.name,
  });
  expect(read.findings.filter((f) => f.rule.startsWith('import.'))).toEqual([]);
  expect(read.findings).toEqual(validate({ ...source, publishedOn: read.report.publishedOn }));
}
