import { computeTotals, readNumber, splitAddress, type Report } from '@nianbao/schema';

/** Reads last year's number of a cell by address, totals included (computed as on saving). */
export function previousValues(previous: Report): (address: string) => number | undefined {
  const computed = computeTotals(previous);
  return (address) => readNumber(computed, splitAddress(address));
}
