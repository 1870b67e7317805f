import type { NavGrid } from './grid-layout';
import { positionOf } from './navigation';

/** A block of cells picked with Shift+arrows or the mouse: the cell it started at and its far corner. */
export interface BlockSelection {
  readonly anchor: string;
  readonly focus: string;
}

/**
 * The cells inside a selection, row by row in reading order: every number row between the two
 * corners, and in each the cells that overlap the grid columns between them. Empty if either
 * corner is not in `nav`.
 */
export function selectedRows(nav: NavGrid, selection: BlockSelection): string[][] {
  const a = positionOf(nav, selection.anchor);
  const f = positionOf(nav, selection.focus);
  const first = a && nav[a.row]?.[a.index];
  const last = f && nav[f.row]?.[f.index];
  if (!a || !f || !first || !last) return [];
  const left = Math.min(first.column, last.column);
  const right = Math.max(first.column + first.span, last.column + last.span);
  const rows: string[][] = [];
  for (let row = Math.min(a.row, f.row); row <= Math.max(a.row, f.row); row++) {
    const cells = (nav[row] ?? []).filter((c) => c.column < right && c.column + c.span > left);
    if (cells.length > 0) rows.push(cells.map((c) => c.address));
  }
  return rows;
}
