import type { NavCell, NavGrid } from './grid-layout';

/**
 * Where a key moves: arrows one cell; `next`/`previous` (Tab) and `below`/`above` (Enter) skip
 * computed totals; `rowStart`/`rowEnd` (Home/End) and `tableStart`/`tableEnd` (Ctrl+Home/End).
 */
export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'below'
  | 'above'
  | 'rowStart'
  | 'rowEnd'
  | 'tableStart'
  | 'tableEnd';

/** Where a cell sits in the navigation grid, or undefined if it is not there. */
export function positionOf(
  nav: NavGrid,
  address: string,
): { row: number; index: number } | undefined {
  for (let row = 0; row < nav.length; row++) {
    const index = nav[row]?.findIndex((cell) => cell.address === address) ?? -1;
    if (index >= 0) return { row, index };
  }
  return undefined;
}

/** The cell of a row that covers a grid column, else the one whose start is nearest to it. */
function cellAtColumn(row: readonly NavCell[], column: number): NavCell | undefined {
  const covering = row.find((cell) => column >= cell.column && column < cell.column + cell.span);
  if (covering) return covering;
  return [...row].sort((a, b) => Math.abs(a.column - column) - Math.abs(b.column - column))[0];
}

/** The first cell one can type into after (step 1) or before (step −1) a cell, in reading order. */
function nextInput(nav: NavGrid, at: { row: number; index: number }, step: 1 | -1) {
  const cells = nav.flat();
  const start = nav.slice(0, at.row).reduce((n, row) => n + row.length, 0) + at.index;
  for (let i = start + step; i >= 0 && i < cells.length; i += step)
    if (!cells[i]?.isTotal) return cells[i]?.address;
  return undefined;
}

/** The first cell one can type into straight below (step 1) or above (step −1) a column. */
function inputInColumn(nav: NavGrid, from: number, column: number, step: 1 | -1) {
  for (let row = from + step; row >= 0 && row < nav.length; row += step) {
    const cell = cellAtColumn(nav[row] ?? [], column);
    if (cell && !cell.isTotal) return cell.address;
  }
  return undefined;
}

/**
 * The cell a key moves to, spreadsheet-style: arrows stop at the edges, Tab (`next`) and
 * Shift+Tab (`previous`) wrap to the next or previous row. Undefined when there is nowhere to go.
 */
export function moveFrom(nav: NavGrid, address: string, move: Move): string | undefined {
  const at = positionOf(nav, address);
  if (!at) return undefined;
  const row = nav[at.row] ?? [];
  const cell = row[at.index];
  if (!cell) return undefined;
  switch (move) {
    case 'left':
      return row[at.index - 1]?.address;
    case 'right':
      return row[at.index + 1]?.address;
    case 'up':
    case 'down': {
      const target = nav[at.row + (move === 'up' ? -1 : 1)];
      return target ? cellAtColumn(target, cell.column)?.address : undefined;
    }
    case 'below':
    case 'above':
      return inputInColumn(nav, at.row, cell.column, move === 'below' ? 1 : -1);
    case 'next':
    case 'previous':
      return nextInput(nav, at, move === 'next' ? 1 : -1);
    case 'rowStart':
      return row[0]?.address;
    case 'rowEnd':
      return row.at(-1)?.address;
    case 'tableStart':
      return nav[0]?.[0]?.address;
    case 'tableEnd':
      return nav.at(-1)?.at(-1)?.address;
  }
}

const arrows: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The arrow a key press is, for moving or (with Shift) extending a block selection. */
export const arrowOf = (key: { key: string }): Move | undefined => arrows[key.key];

/** The move a key press asks for, or undefined for keys that edit rather than move. */
export function moveForKey(key: {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
}): Move | undefined {
  const ctrl = key.ctrlKey === true;
  switch (key.key) {
    case 'Enter':
      return key.shiftKey ? 'above' : 'below';
    case 'Tab':
      return key.shiftKey ? 'previous' : 'next';
    case 'Home':
      return ctrl ? 'tableStart' : 'rowStart';
    case 'End':
      return ctrl ? 'tableEnd' : 'rowEnd';
    default:
      return ctrl ? undefined : arrows[key.key];
  }
}
