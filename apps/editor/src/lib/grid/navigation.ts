import type { NavCell, NavGrid } from './grid-layout';

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

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
    case 'next':
      return (row[at.index + 1] ?? nav[at.row + 1]?.[0])?.address;
    case 'previous':
      return (row[at.index - 1] ?? nav[at.row - 1]?.at(-1))?.address;
  }
}

/** The move a key press asks for, or undefined for keys that edit rather than move. */
export function moveForKey(key: { key: string; shiftKey: boolean }): Move | undefined {
  switch (key.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Enter':
      return key.shiftKey ? 'up' : 'down';
    case 'Tab':
      return key.shiftKey ? 'previous' : 'next';
    default:
      return undefined;
  }
}
