import {
  proseSectionsOf,
  templateForYear,
  templates,
  validate,
  type AgencyLevel,
  type Finding,
  type Report,
  type TableValues,
  type TemplateDef,
} from '@nianbao/schema';
import { DocumentIndex } from './document-index.js';
import { filledCells, type ReportDocument } from './document.js';
import { findSections, type SectionLines } from './find-sections.js';
import { htmlDocument } from './html-document.js';
import { inferAgencyLevel } from './infer-level.js';
import { joinProse } from './join-prose.js';
import { fillTable } from './fill-table.js';
import * as found from './import-findings.js';
import { matchTable, type TableMatch } from './match-table.js';
import { readHeader } from './read-header.js';
import { tablePlans } from './table-plan.js';
import { textDocument } from './text-document.js';
import { trueFindings } from './true-findings.js';

export interface ImportOptions {
  /** `html`: a report's web page (platform or Word export); `text`: text copied from one. */
  readonly kind: 'html' | 'text';
  /** Overrides the year read from the title. */
  readonly year?: number;
  /** Overrides the agency name read from the title; `level` is never in the text. */
  readonly agency?: { readonly name?: string; readonly level?: AgencyLevel };
}

/**
 * What `importReport` read: a report with its findings, or — when the document has neither a
 * report's headings nor its tables — no report at all, with a Chinese message saying so.
 */
export type ImportResult =
  | {
      readonly kind: 'report';
      readonly report: Report;
      /** The importer's findings (see `isImportFinding`), then `validate(report)`'s. */
      readonly findings: readonly Finding[];
    }
  | { readonly kind: 'noReport'; readonly message: string };

function range(start: number, end: number): number[] {
  const numbers: number[] = [];
  for (let i = start; i < end; i++) numbers.push(i);
  return numbers;
}

function linesOf(sections: SectionLines, sectionId: string, total: number): number[] {
  const region = sections.regions.get(sectionId);
  return region ? range(region.start, region.end) : range(0, total);
}

/** The format whose tables the document fits best; the year's format first, so it wins ties. */
function chooseTemplate(index: DocumentIndex, sections: SectionLines, year: number | undefined) {
  const preferred = year === undefined ? undefined : templateForYear(year);
  const order = preferred ? [preferred, ...templates.filter((t) => t !== preferred)] : templates;
  let best: { template: TemplateDef; matches: TableMatch[]; score: number } | undefined;
  for (const template of order) {
    const plans = tablePlans(template);
    const matches = plans.map((plan) =>
      matchTable(plan, index, linesOf(sections, plan.sectionId, index.lines.length)),
    );
    const score = matches.reduce((sum, match) => sum + match.score, 0);
    if (!best || score > best.score) best = { template, matches, score };
    if (score === plans.reduce((sum, plan) => sum + 2 * plan.rows.length, 0)) break;
  }
  if (!best) throw new Error('nianbao knows no report format');
  return best;
}

/** Every table of the template with every cell 0, as `emptyReport` gives (built from the cached plans). */
function blankTables(template: TemplateDef): Record<string, TableValues> {
  const tables: Record<string, TableValues> = {};
  for (const plan of tablePlans(template)) {
    const values: TableValues = {};
    for (const [record, fields] of plan.records) {
      const row: Record<string, number> = {};
      for (const field of fields) row[field] = 0;
      values[record] = row;
    }
    tables[plan.table.id] = values;
  }
  return tables;
}

function proseOf(
  index: DocumentIndex,
  lines: readonly number[],
  skip: ReadonlySet<number>,
): string {
  const texts = lines.flatMap((at) => {
    const line = index.lines[at];
    if (!line || skip.has(at)) return [];
    const text = filledCells(line).join(' ');
    return text ? [text] : [];
  });
  return joinProse(texts).join('\n');
}

/**
 * Reads a published report — an HTML page or text copied from one — into nianbao's JSON format.
 * Tables, rows and columns are found by the template's labels; blank cells read as 0 with a
 * warning, unreadable ones as 0 with an error. Never throws.
 * @example const read = importReport(html, { kind: 'html' }); if (read.kind === 'report') save(read.report);
 */
export function importReport(input: string, options: ImportOptions): ImportResult {
  return importDocument(
    options.kind === 'html' ? htmlDocument(input) : textDocument(input),
    options,
  );
}

/** Reads a report from its lines (a page, a copy, a PDF's or a Word file's text); never throws. */
export function importDocument(
  document: ReportDocument,
  options: Omit<ImportOptions, 'kind'>,
): ImportResult {
  const index = new DocumentIndex(document);
  const sections = findSections(index);
  const header = readHeader(index, sections.firstHeading);
  const publishedYear = header.publishedOn ? Number(header.publishedOn.slice(0, 4)) - 1 : undefined;
  const year = options.year ?? header.year ?? publishedYear;
  const { template, matches } = chooseTemplate(index, sections, year);
  const name = options.agency?.name ?? header.agency;
  const level = options.agency?.level ?? (name === undefined ? undefined : inferAgencyLevel(name));
  const report = {
    format: template.format,
    year: year ?? template.years.from,
    agency: { name: name ?? '', ...(level ? { level } : {}) },
    ...(header.publishedOn ? { publishedOn: header.publishedOn } : {}),
    narrative: Object.fromEntries(proseSectionsOf(template).map((section) => [section.id, ''])),
    ...blankTables(template),
  } as Report;
  if (
    sections.headings.size === 0 &&
    matches.every((match) => match.values.size === 0 && match.miscounted.size === 0)
  ) {
    return { kind: 'noReport', message: found.noReportMessage };
  }
  const findings: Finding[] = [];
  if (year === undefined) findings.push(found.missingHeader('year'));
  if (name === undefined) findings.push(found.missingHeader('agency'));
  const tables = report as unknown as Record<string, TableValues>;
  const invalid: Record<string, string> = {};
  const unread = new Set<string>();
  for (const match of matches) {
    const section = template.sections.find((s) => s.id === match.plan.sectionId);
    const values = (tables[match.plan.table.id] ??= {});
    findings.push(...fillTable(match, { values, invalid, unread }, section?.heading ?? ''));
  }
  if (Object.keys(invalid).length > 0) report.invalidEntries = invalid;
  const preamble = range((header.titleLine ?? -1) + 1, sections.firstHeading).filter(
    (at) => index.lines[at]?.isRow !== true,
  );
  for (const section of proseSectionsOf(template)) {
    const own = sections.regions.has(section.id) ? linesOf(sections, section.id, 0) : [];
    const lines = section === proseSectionsOf(template)[0] ? [...preamble, ...own] : own;
    report.narrative[section.id] = proseOf(index, lines, header.usedLines);
  }
  const checked = trueFindings(validate(report), template, unread);
  return { kind: 'report', report, findings: [...findings, ...checked] };
}
