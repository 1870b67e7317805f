import { tableCells, tablesOf, template2019, template2021 } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';
import { openDataCsv } from './open-data-csv.js';

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF) into records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') field += text[++i];
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  return records;
}

const addresses = tablesOf(template2021).flatMap((table) =>
  tableCells(table).map((cell) => cell.address),
);

describe('openDataCsv', () => {
  it('starts with a BOM and the header agency,year,publishedOn then every address in order', () => {
    const csv = openDataCsv([generateReport(1)]);
    expect(csv.startsWith('\uFEFFagency,year,publishedOn,proactive.')).toBe(true);
    expect(parseCsv(csv.slice(1))[0]).toEqual(['agency', 'year', 'publishedOn', ...addresses]);
  });

  it('writes one row per report with every cell’s number', () => {
    const reports = [generateReport(1), generateReport(2), generateReport(3)];
    const [, ...rows] = parseCsv(openDataCsv(reports).slice(1));
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const report = reports[i];
      if (!report) throw new Error('no report');
      expect(row.slice(0, 3)).toEqual([
        report.agency.name,
        String(report.year),
        report.publishedOn,
      ]);
      expect(row[3 + addresses.indexOf('requests.received.natural')]).toBe(
        String(report.requests.received?.natural),
      );
    });
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const report = { ...generateReport(4), agency: { name: '某局,"办公室"\n二处' } };
    const csv = openDataCsv([report]);
    expect(csv).toContain('\r\n"某局,""办公室""\n二处",');
    expect(parseCsv(csv.slice(1))[1]?.[0]).toBe('某局,"办公室"\n二处');
  });

  it('refuses reports of two formats in one file, in Chinese', () => {
    const old = generateReport(5, template2019);
    expect(() => openDataCsv([generateReport(5), old])).toThrow(/只能含一种报告格式/);
  });

  it('writes the header alone for no reports, in the format asked for', () => {
    const csv = openDataCsv([], '2019');
    expect(parseCsv(csv.slice(1))).toHaveLength(1);
    expect(csv).toContain(tableCells(tablesOf(template2019)[0]!)[0]!.address);
  });
});
