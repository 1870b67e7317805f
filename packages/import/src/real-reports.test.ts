import { readFileSync } from 'node:fs';
import type { Report } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { importedReport } from '../test-support/imported-report.js';

// The real reports, as copied from their published pages, live with the schema's fixtures.
const schemaFixtures = new URL('../../schema/fixtures/', import.meta.url);
const reports = new URL('published/', schemaFixtures);

const readReportText = (name: string): string => readFileSync(new URL(name, reports), 'utf8');

const expected = (name: string): Report =>
  JSON.parse(readFileSync(new URL(name, schemaFixtures), 'utf8')) as Report;

const paragraphs = (text: string) => text.split('\n').filter(Boolean);

describe('the real 2021 report of 独山港镇 (copied text, two rows lost a leading tab)', () => {
  const want = expected('2021-pinghu-dushangang.json');
  const { report, findings } = importedReport(readReportText('2021-pinghu-dushangang.txt'), {
    kind: 'text',
    agency: { level: 'township' },
  });

  it('reads every number exactly', () => {
    expect(report.proactive).toEqual(want.proactive);
    expect(report.requests).toEqual(want.requests);
    expect(report.appeals).toEqual(want.appeals);
  });

  it('reads format, year and agency from the title', () => {
    expect({ format: report.format, year: report.year, agency: report.agency }).toEqual({
      format: want.format,
      year: want.year,
      agency: want.agency,
    });
    expect(report.publishedOn).toBeUndefined();
  });

  it('splits the prose by its headings', () => {
    for (const section of ['overview', 'problems', 'other'] as const) {
      const got = paragraphs(report.narrative[section] ?? '');
      const wanted = paragraphs(want.narrative[section] ?? '');
      expect(got[0]).toBe(wanted[0]);
      // The copy broke two paragraphs in the middle; the fixture joined them by hand.
      expect(got.join('')).toBe(wanted.join(''));
    }
  });

  it('has no finding at all', () => {
    expect(findings).toEqual([]);
  });
});

describe('the real 2019 report of 上海市人民政府办公厅 (blank cells, 元 amount)', () => {
  const want = expected('2019-shanghai-govoffice.json');
  const { report, findings } = importedReport(readReportText('2019-shanghai-govoffice.txt'), {
    kind: 'text',
    agency: { level: 'department' },
  });

  it('reads every number exactly, 251000元 as 25.1 万元', () => {
    expect(report.proactive).toEqual(want.proactive);
    expect(report.requests).toEqual(want.requests);
    expect(report.appeals).toEqual(want.appeals);
    expect(report.proactive.procurement?.amount).toBe(25.1);
  });

  it('reads format, year, agency and 发布日期', () => {
    const { format, year, agency, publishedOn } = report;
    expect({ format, year, agency, publishedOn }).toEqual({
      format: want.format,
      year: want.year,
      agency: want.agency,
      publishedOn: want.publishedOn,
    });
  });

  it('puts the text before the first heading at the start of the overview', () => {
    const got = paragraphs(report.narrative.overview ?? '');
    expect(got).toEqual(paragraphs(want.narrative.overview ?? ''));
    expect(paragraphs(report.narrative.problems ?? '')).toEqual(
      paragraphs(want.narrative.problems ?? ''),
    );
    expect(report.narrative.other?.startsWith('无。')).toBe(true);
  });

  it('shows the blank totals as requests.rowTotal errors', () => {
    const rowTotals = findings.filter((f) => f.rule === 'requests.rowTotal');
    expect(rowTotals.map((f) => f.severity)).toEqual(Array(11).fill('error'));
    expect(rowTotals.flatMap((f) => f.cells)).toContain('requests.granted.total');
  });

  it('warns about every blank cell, naming it, and reads nothing as unreadable', () => {
    const blanks = findings.filter((f) => f.rule === 'import.blank');
    expect(blanks.every((f) => f.severity === 'warning' && f.cells.length === 1)).toBe(true);
    const blankCells = blanks.map((f) => f.cells[0]);
    expect(blankCells).toContain('requests.granted.total');
    expect(blankCells).toContain('appeals.litigationAfterReview.total');
    expect(blankCells).not.toContain('requests.received.natural');
    expect(blanks.find((f) => f.cells[0] === 'requests.granted.total')?.message).toBe(
      'requests.granted.total（三、本年度办理结果 · （一）予以公开 · 申请人情况 · 总计）：为空，按 0 读入',
    );
    expect(findings.filter((f) => f.rule.startsWith('import.') && f.severity === 'error')).toEqual(
      [],
    );
  });
});
