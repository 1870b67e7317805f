import { emptyReport, tableCells, tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { previousValues } from './previous-values';

describe('previousValues', () => {
  it("reads last year's numbers, totals computed from their parts", () => {
    const report = emptyReport(template2021, { year: 2023, agency: { name: '某局' } });
    const cells = tablesOf(template2021).flatMap((table) => tableCells(table));
    const tables = report as unknown as Record<string, Record<string, Record<string, number>>>;
    for (const cell of cells) {
      const record = tables[cell.table]?.[cell.record];
      if (record && !cell.isTotal) record[cell.field] = 1;
    }
    const valueOf = previousValues(report);
    const part = cells.find((cell) => !cell.isTotal);
    const total = cells.find((cell) => cell.isTotal && !cell.isTotalColumn);
    expect(valueOf(part?.address ?? '')).toBe(1);
    expect(valueOf(total?.address ?? '')).toBeGreaterThan(1);
    expect(valueOf('no.such.cell')).toBeUndefined();
  });
});
