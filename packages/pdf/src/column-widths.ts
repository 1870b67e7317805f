import type { TableLayout } from '@nianbao/schema';
import { textWidth } from './page-style.js';

export interface WidthOptions {
  /** Width in points of a string at table size. */
  readonly measure: (text: string) => number;
  /** Padding and rule that every column adds around its content. */
  readonly cellPadding: number;
  /** The table type size: outer label columns are three characters wide. */
  readonly em: number;
  readonly available?: number;
}

/** A row-label column never takes more than this share of the text block. */
const maxLabelShare = 0.25;

/** How many grid columns, from the left, hold row labels in every block (values to their right). */
export function labelColumnCount(layout: TableLayout): number {
  return Math.min(...layout.blocks.map((block) => block.labelColumns));
}

/**
 * Content widths (points) of a table's grid columns, the same for all its blocks so they line
 * up: outer label columns narrow, the innermost label column as wide as its labels (capped),
 * and the value columns sharing the rest equally.
 */
export function columnWidths(layout: TableLayout, options: WidthOptions): number[] {
  const { measure, cellPadding, em, available = textWidth } = options;
  const content = available - layout.width * cellPadding;
  const labels = labelColumnCount(layout);
  const values = layout.width - labels;
  const innermost = labels - 1;
  const innermostTexts = layout.blocks.flatMap((block) =>
    [...block.header, ...block.body]
      .flat()
      .flatMap((cell) =>
        cell.col === innermost && cell.colSpan === 1 && cell.type === 'label' ? [cell.text] : [],
      ),
  );
  const outer = 3 * em;
  const innermostWidth = Math.min(
    Math.max(outer, ...innermostTexts.map(measure)),
    available * maxLabelShare,
  );
  const labelWidths = Array.from({ length: labels }, (_, i) =>
    i === innermost ? innermostWidth : outer,
  );
  const labelTotal = labelWidths.reduce((sum, w) => sum + w, 0);
  const valueWidth = values > 0 ? (content - labelTotal) / values : 0;
  return [...labelWidths, ...Array.from({ length: values }, () => valueWidth)];
}
