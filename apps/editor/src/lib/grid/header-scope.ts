import type { GridLabel } from './grid-layout';

/** A label cell's `scope` for screen readers, from what the layout says it labels. */
export function headerScope(cell: GridLabel): 'col' | 'colgroup' | 'row' | 'rowgroup' | undefined {
  if (cell.role === 'corner') return undefined;
  if (cell.role === 'row') return cell.rowSpan > 1 ? 'rowgroup' : 'row';
  return cell.colSpan > 1 ? 'colgroup' : 'col';
}
