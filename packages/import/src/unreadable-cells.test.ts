import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport } from './index.js';

const text = readFileSync(
  new URL('../../schema/fixtures/published/2021-pinghu-dushangang.txt', import.meta.url),
  'utf8',
);

describe('a cell the importer cannot read', () => {
  it('is kept as printed in invalidEntries, counted by no rule, and reported until fixed', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('一、本年新收'));
    lines[at] = (lines[at] ?? '').replace('\t\t0\t', '\t\t约 5\t');
    const read = importReport(lines.join('\n'), { kind: 'text' });
    if (read.kind !== 'report') throw new Error('no report');
    expect(read.report.invalidEntries).toEqual({ 'requests.received.natural': '约 5' });
    const about = read.findings.filter((f) => f.cells.includes('requests.received.natural'));
    expect(about.map((f) => f.rule).sort()).toEqual(['entry.invalid', 'import.unreadable']);
    expect(read.findings.filter((f) => f.rule.startsWith('requests.'))).toEqual([]);
  });
});
