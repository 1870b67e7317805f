import { isEmptyCell } from './document.js';

/** Where each value sits among the cells when every value is followed by its span's padding. */
function spannedPositions(spans: readonly number[]): number[] {
  let at = 0;
  return spans.map((span) => {
    const position = at;
    at += span;
    return position;
  });
}

/**
 * Picks a row's value cells among the cells after its label. Copies pad merged cells with empty
 * cells and shift rows that lost a leading tab; blank values are empty too. The cells may be
 * one per value, one per grid column, or padded at either end: the layout that leaves no filled
 * cell unused wins, then the exact fits, then the leftmost. Missing cells come back undefined.
 */
export function fitValues(
  cells: readonly string[],
  spans: readonly number[],
): (string | undefined)[] {
  const count = spans.length;
  if (cells.length === count) return [...cells];
  const spanned = spannedPositions(spans);
  const compact = spans.map((_, index) => index);
  const layouts = [compact, spanned];
  const exact = layouts.find((positions) => (positions.at(-1) ?? 0) + 1 === cells.length);
  const filled = cells.map((cell) => !isEmptyCell(cell));
  const totalFilled = filled.filter(Boolean).length;

  let best: { positions: number[]; offset: number; unused: number } | undefined;
  for (const positions of [spanned, compact]) {
    const extent = (positions.at(-1) ?? 0) + 1;
    for (let offset = 0; offset + extent <= Math.max(cells.length, extent); offset++) {
      const used = positions.filter((p) => filled[offset + p] === true).length;
      const unused = totalFilled - used;
      const isBetter =
        best === undefined ||
        unused < best.unused ||
        (unused === best.unused && positions === exact && best.positions !== exact);
      if (isBetter) best = { positions, offset, unused };
    }
  }
  const chosen = best ?? { positions: compact, offset: 0 };
  return Array.from({ length: count }, (_, index) => {
    const position = chosen.offset + (chosen.positions[index] ?? index);
    return position < cells.length ? cells[position] : undefined;
  });
}
