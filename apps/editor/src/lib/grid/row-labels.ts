import type { CellKind } from '@nianbao/schema';
import { parseCellText } from './normalise-number';

const hasWord = /\p{L}/u;
const kinds: readonly CellKind[] = ['count', 'signedCount', 'amount'];

/** Text that reads as a row label (“1.属于国家秘密”): words, and no number of any cell kind. */
const isLabel = (text: string) =>
  hasWord.test(text) && !kinds.some((kind) => parseCellText(text, kind).ok);

const column = (block: readonly (readonly string[])[], index: number) =>
  block.map((row) => (row[index] ?? '').trim());

/**
 * Drops the row labels copied along with a block of numbers: leading columns whose cells are
 * labels or empty (with at least one label), and the empty columns of a label merged across
 * several. Returns the numbers and how many columns were dropped.
 * @example withoutRowLabels([['自然人', '3', '4']]) // { block: [['3', '4']], skipped: 1 }
 */
export function withoutRowLabels(block: readonly (readonly string[])[]): {
  block: string[][];
  skipped: number;
} {
  const width = Math.max(0, ...block.map((row) => row.length));
  let skipped = 0;
  let sawLabel = false;
  while (skipped < width - 1) {
    const cells = column(block, skipped);
    const labels = cells.some(isLabel) && cells.every((c) => c === '' || isLabel(c));
    const rest = sawLabel && cells.every((c) => c === '');
    if (!labels && !rest) break;
    sawLabel ||= labels;
    skipped++;
  }
  return { block: block.map((row) => row.slice(skipped)), skipped };
}
