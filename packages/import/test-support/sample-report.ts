import {
  tableCells,
  tablesOf,
  type Report,
  type TableValues,
  type TemplateDef,
} from '@nianbao/schema';
import { generateReport, seededRandom } from '@nianbao/schema/testing';
import { sampleNarrative } from './print-report.js';

/**
 * A generated report with numbers in the thousands (every count scaled, so the totals still
 * hold), some negative 本年增/减, and prose with sub-heads.
 */
export function sampleReport(seed: number, template: TemplateDef): Report {
  const report = generateReport(seed, template);
  const random = seededRandom(seed ^ 0x5eed);
  const factor = [1, 37, 1234][seed % 3] ?? 1;
  const tables = report as unknown as Record<string, TableValues>;
  for (const table of tablesOf(template)) {
    for (const cell of tableCells(table)) {
      const row = tables[table.id]?.[cell.record];
      if (!row || cell.kind === 'amount') continue;
      row[cell.field] = (row[cell.field] ?? 0) * factor;
      if (cell.kind === 'signedCount' && random() < 0.5 && row[cell.field]) {
        row[cell.field] = -(row[cell.field] ?? 0);
      }
    }
  }
  return { ...report, narrative: sampleNarrative(report, seed) };
}
