import { readFileSync } from 'node:fs';
import type { Finding } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { importedReport } from '../../test-support/imported-report.js';
import type { ImportOptions } from '../index.js';

// The smallest failing parts of real published reports, with their right values (README there).
const cases = new URL('../../../schema/fixtures/import-cases/', import.meta.url);

function importCase(name: string) {
  const kind: ImportOptions['kind'] = name.endsWith('.html') ? 'html' : 'text';
  return importedReport(readFileSync(new URL(name, cases), 'utf8'), { kind });
}

const rules = (findings: readonly Finding[]) => findings.map((f) => f.rule);

const k1Values = {
  regulations: { issued: 1, repealed: 0, inForce: 11 },
  normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
};

describe('text copied from a PDF or a viewer', () => {
  it.each(['k1-text-columns-separated-by-spaces.txt', 'k2-text-one-cell-per-line.txt'])(
    'reads the numbers of %s by the known column order',
    (name) => {
      const { report } = importCase(name);
      expect(report.proactive.regulations).toEqual(k1Values.regulations);
      expect(report.proactive.normativeDocuments).toEqual(k1Values.normativeDocuments);
    },
  );

  it('reads a chromium copy with one cell per line and header labels split over lines', () => {
    const { report } = importCase('k11-text-browser-copy-cell-per-line.txt');
    expect(report.requests.received).toEqual({
      natural: 80,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 81,
    });
    expect(Object.values(report.requests.carriedOver ?? {}).every((value) => value === 0)).toBe(
      true,
    );
  });
});

describe('titles and metadata', () => {
  it('reads a title over two lines with the agency alone on the first', () => {
    const { report } = importCase('k3-text-title-agency-on-own-line.txt');
    expect({ name: report.agency.name, year: report.year }).toEqual({
      name: '淮安市人民政府',
      year: 2024,
    });
  });

  it('infers a 人民政府 as county level or above, so March publication is in time', () => {
    const { report, findings } = importCase('k7-html-government-report-march-deadline.html');
    expect(['province', 'city', 'county']).toContain(report.agency.level);
    expect(rules(findings)).not.toContain('publication.late');
  });
});

describe('amounts (contract §1)', () => {
  it('keeps a fee in 万元 to 6 decimals without a schema finding', () => {
    const { report, findings } = importCase('k5-html-fee-wanyuan-6-decimals.html');
    expect(report.proactive.fees?.amount).toBe(5949.088667);
    expect(rules(findings)).not.toContain('schema');
  });

  it('converts 元 with fen to 万元 without rounding', () => {
    const { report, findings } = importCase('k6-html-yuan-converted-to-wanyuan-6-decimals.html');
    expect(report.format).toBe('2019');
    const proactive = report.proactive as Record<string, Record<string, number>>;
    expect(proactive['procurement']?.['amount']).toBe(7539.443252);
    expect(rules(findings)).not.toContain('schema');
  });
});

describe('findings that are true', () => {
  it('never checks the prose against cells that were not read', () => {
    const { findings } = importCase('k9-text-narrative-checked-against-unread-table.txt');
    expect(rules(findings)).not.toContain('narrative.numbers');
    expect(findings.some((f) => f.rule.startsWith('import.') && f.severity === 'error')).toBe(true);
  });
});
