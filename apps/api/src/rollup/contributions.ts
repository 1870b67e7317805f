import { tableCells, tablesOf, cellLabel, readNumber, splitAddress } from '@nianbao/schema';
import { templateForYear } from '@nianbao/schema';
import { ProblemError } from '../http/problem.js';
import type { RollupUnits } from './rollup-units.js';

/** One unit's share of a summed cell. */
export interface Contribution {
  readonly agencyId: string;
  readonly name: string;
  readonly reportId: string;
  readonly value: number;
}

// Units sum in millionths, as `sumReports` does, so the total is exact to 6 decimals.
const exactSum = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + Math.round(value * 1_000_000), 0) / 1_000_000;

/**
 * Which units contribute what to one cell of the year's roll-up, largest first (ties by tree
 * order); 400 naming the cell when the year's format has no such cell.
 */
export function contributionsTo(
  units: RollupUnits,
  query: { year: number; cell: string },
): { cell: string; label: string; total: number; contributions: Contribution[] } {
  const template = templateForYear(query.year);
  const cell = template
    ? tablesOf(template)
        .flatMap(tableCells)
        .find((c) => c.address === query.cell)
    : undefined;
  if (!cell)
    throw new ProblemError(400, `没有编号为“${query.cell}”的表格单元格`, {
      errors: [{ path: 'query.cell', message: `不认识的单元格：${query.cell}` }],
    });
  const path = splitAddress(cell.address);
  const contributions = units.included
    .map(({ agency, stored }) => ({
      agencyId: agency.id,
      name: agency.name,
      reportId: stored.id,
      value: readNumber(stored.report, path) ?? 0,
    }))
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.value - a.entry.value || a.order - b.order)
    .map(({ entry }) => entry);
  return {
    cell: cell.address,
    label: cellLabel(cell),
    total: exactSum(contributions.map((c) => c.value)),
    contributions,
  };
}
