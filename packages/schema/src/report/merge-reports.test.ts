import { describe, expect, it } from 'vitest';
import { tableCells } from '../template/cells.js';
import { proseSectionsOf, tablesOf } from '../template/template.js';
import { template2021 } from '../template/templates.js';
import { generateReport } from '../testing/generate-report.js';
import { readPath, splitAddress } from './cell-access.js';
import { computeTotals } from './compute-totals.js';
import { mergeReports } from './merge-reports.js';
import type { Report } from './report.js';

const base = generateReport(7);
const [first, second] = tablesOf(template2021)
  .flatMap(tableCells)
  .filter((cell) => !cell.isTotal);
const total = tablesOf(template2021)
  .flatMap(tableCells)
  .find((cell) => cell.isTotal);
const [section] = proseSectionsOf(template2021);
if (!first || !second || !total || !section) throw new Error('template without cells');

/** `report` with extra JSON fields and cells set, totals recomputed. */
function changed(report: Report, edits: Record<string, unknown>): Report {
  const next = structuredClone(report) as unknown as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(edits)) {
    const path = key.includes('.') ? splitAddress(key) : [key];
    let holder: Record<string, unknown> = next;
    for (const part of path.slice(0, -1)) holder = holder[part] as Record<string, unknown>;
    holder[path.at(-1) ?? ''] = value;
  }
  return computeTotals(next as unknown as Report);
}

describe('mergeReports', () => {
  it('names a clash by its label and shows the three values', () => {
    const mine = changed(base, { [first.address]: 900 });
    const theirs = changed(base, { [first.address]: 901 });
    const result = mergeReports({ base, mine, theirs });
    expect(result.kind).toBe('clash');
    if (result.kind !== 'clash') return;
    expect(result.clashes).toEqual([
      {
        address: first.address,
        label: expect.stringContaining(first.columnLabels.at(-1) ?? '') as unknown,
        base: readPath(base, splitAddress(first.address)),
        mine: 900,
        theirs: 901,
      },
    ]);
    expect(readPath(result.report, splitAddress(first.address))).toBe(900);
  });

  it('takes the side a person chose for a clash', () => {
    const mine = changed(base, { [first.address]: 900, [second.address]: 5 });
    const theirs = changed(base, { [first.address]: 901 });
    const result = mergeReports({ base, mine, theirs, choices: { [first.address]: 'theirs' } });
    expect(result.kind).toBe('merged');
    expect(result.report).toEqual(changed(base, { [first.address]: 901, [second.address]: 5 }));
  });

  it('treats a prose section as one unit: two edits of it clash unless equal', () => {
    const id = `narrative.${section.id}`;
    const mine = changed(base, { narrative: { ...base.narrative, [section.id]: '甲' } });
    const same = mergeReports({ base, mine, theirs: mine });
    expect(same).toEqual({ kind: 'merged', report: mine });
    const theirs = changed(base, { narrative: { ...base.narrative, [section.id]: '乙' } });
    const result = mergeReports({ base, mine, theirs });
    expect(result.kind === 'clash' && result.clashes.map((c) => [c.address, c.label])).toEqual([
      [id, section.heading],
    ]);
  });

  it('never merges totals: they follow from the merged parts', () => {
    const withTotal = (value: number) => {
      const report = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
      const [table, record, field] = splitAddress(total.address);
      (report[table]?.[record] as Record<string, number>)[field] = value;
      return report as unknown as Report;
    };
    const result = mergeReports({ base, mine: withTotal(123456), theirs: withTotal(654321) });
    expect(result).toEqual({ kind: 'merged', report: base });
  });

  it('merges a cell and its entry as typed as one unit', () => {
    const entry = (text: string) => ({ invalidEntries: { [first.address]: text } });
    const mine = changed(base, entry('五'));
    const theirs = changed(base, { [second.address]: 3 });
    const merged = mergeReports({ base, mine, theirs });
    expect(merged.report).toEqual(changed(theirs, entry('五')));
    const fixed = changed(base, { [first.address]: 5 });
    const clash = mergeReports({ base, mine, theirs: fixed });
    expect(clash.kind === 'clash' && clash.clashes[0]).toMatchObject({ mine: '五', theirs: 5 });
    const chosen = mergeReports({
      base,
      mine,
      theirs: fixed,
      choices: { [first.address]: 'theirs' },
    });
    expect(chosen.report).toEqual(fixed);
  });

  it('merges other fields whole, unknown ones included', () => {
    const accepted = [{ rule: 'r', cells: [], reason: '因', by: 'a', at: '2026-01-01' }];
    const mine = changed(base, { accepted, [first.address]: 1 });
    const theirs = changed(base, { note: '甲', publishedOn: '2026-02-01' });
    expect(mergeReports({ base, mine, theirs }).report).toEqual(
      changed(base, { accepted, [first.address]: 1, note: '甲', publishedOn: '2026-02-01' }),
    );
    const other = changed(base, { accepted: [...accepted, ...accepted] });
    const result = mergeReports({ base, mine, theirs: other });
    expect(result.kind === 'clash' && result.clashes.map((c) => c.address)).toEqual(['accepted']);
  });
});
