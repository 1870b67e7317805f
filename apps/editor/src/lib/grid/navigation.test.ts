import { tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import type { NavGrid } from './grid-layout';
import { tableGrid } from './grid-layout';
import { moveForKey, moveFrom } from './navigation';

const cell = (address: string, column: number, span = 1) => ({
  address,
  column,
  span,
  isTotal: false,
  kind: 'count' as const,
  label: address,
});
// Three value columns, then a row whose single value cell spans all three.
const nav: NavGrid = [
  [cell('t.a.x', 1), cell('t.a.y', 2), cell('t.a.z', 3)],
  [cell('t.b.x', 1), cell('t.b.y', 2), cell('t.b.z', 3)],
  [cell('t.c.v', 1, 3)],
];

describe('moveFrom', () => {
  it('moves left and right within a row and stops at its edges', () => {
    expect(moveFrom(nav, 't.a.y', 'right')).toBe('t.a.z');
    expect(moveFrom(nav, 't.a.y', 'left')).toBe('t.a.x');
    expect(moveFrom(nav, 't.a.z', 'right')).toBeUndefined();
    expect(moveFrom(nav, 't.a.x', 'left')).toBeUndefined();
  });

  it('moves up and down in the same column and stops at the first and last rows', () => {
    expect(moveFrom(nav, 't.a.y', 'down')).toBe('t.b.y');
    expect(moveFrom(nav, 't.b.z', 'up')).toBe('t.a.z');
    expect(moveFrom(nav, 't.a.x', 'up')).toBeUndefined();
    expect(moveFrom(nav, 't.c.v', 'down')).toBeUndefined();
  });

  it('lands on a wide cell that covers the column, and leaves it by its first column', () => {
    expect(moveFrom(nav, 't.b.z', 'down')).toBe('t.c.v');
    expect(moveFrom(nav, 't.c.v', 'up')).toBe('t.b.x');
  });

  it('wraps Tab to the next row and Shift+Tab to the end of the previous row', () => {
    expect(moveFrom(nav, 't.a.z', 'next')).toBe('t.b.x');
    expect(moveFrom(nav, 't.b.x', 'previous')).toBe('t.a.z');
    expect(moveFrom(nav, 't.c.v', 'next')).toBeUndefined();
  });

  it('knows nothing of a cell outside the grid', () => {
    expect(moveFrom(nav, 'nope.a.b', 'down')).toBeUndefined();
  });

  it('walks the real requests table down a column through every row', () => {
    const requests = tableGrid(tablesOf(template2021).find((t) => t.id === 'requests')!);
    let at: string | undefined = 'requests.received.natural';
    const visited: string[] = [];
    while (at) {
      visited.push(at);
      at = moveFrom(requests.nav, at, 'down');
    }
    expect(visited).toHaveLength(requests.nav.length);
    expect(visited.every((address) => address.endsWith('.natural'))).toBe(true);
  });
});

describe('moveForKey', () => {
  it('maps arrows, Enter and Tab (with Shift) to moves and leaves other keys alone', () => {
    expect(moveForKey({ key: 'ArrowDown', shiftKey: false })).toBe('down');
    expect(moveForKey({ key: 'Enter', shiftKey: false })).toBe('below');
    expect(moveForKey({ key: 'Enter', shiftKey: true })).toBe('above');
    expect(moveForKey({ key: 'Tab', shiftKey: false })).toBe('next');
    expect(moveForKey({ key: 'Tab', shiftKey: true })).toBe('previous');
    expect(moveForKey({ key: '5', shiftKey: false })).toBeUndefined();
  });

  it('maps Home and End to the row, and with Ctrl to the table', () => {
    expect(moveForKey({ key: 'Home', shiftKey: false })).toBe('rowStart');
    expect(moveForKey({ key: 'End', shiftKey: false })).toBe('rowEnd');
    expect(moveForKey({ key: 'Home', shiftKey: false, ctrlKey: true })).toBe('tableStart');
    expect(moveForKey({ key: 'End', shiftKey: false, ctrlKey: true })).toBe('tableEnd');
    expect(moveForKey({ key: 'ArrowDown', shiftKey: false, ctrlKey: true })).toBeUndefined();
  });
});

describe('moves that skip computed totals', () => {
  const total = (address: string, column: number) => ({ ...cell(address, column), isTotal: true });
  const withTotals: NavGrid = [
    [cell('t.a.x', 1), cell('t.a.y', 2), total('t.a.sum', 3)],
    [total('t.sum.x', 1), total('t.sum.y', 2), total('t.sum.sum', 3)],
    [cell('t.c.x', 1), cell('t.c.y', 2), total('t.c.sum', 3)],
  ];

  it('tabs from the last input of a row to the next row, past the total and total rows', () => {
    expect(moveFrom(withTotals, 't.a.y', 'next')).toBe('t.c.x');
    expect(moveFrom(withTotals, 't.c.x', 'previous')).toBe('t.a.y');
    expect(moveFrom(withTotals, 't.c.y', 'next')).toBeUndefined();
  });

  it('moves Enter down the column past a row of totals', () => {
    expect(moveFrom(withTotals, 't.a.x', 'below')).toBe('t.c.x');
    expect(moveFrom(withTotals, 't.c.y', 'above')).toBe('t.a.y');
    expect(moveFrom(withTotals, 't.a.y', 'above')).toBeUndefined();
  });

  it('goes to the ends of the row and the corners of the table, totals included', () => {
    expect(moveFrom(withTotals, 't.a.x', 'rowEnd')).toBe('t.a.sum');
    expect(moveFrom(withTotals, 't.c.sum', 'rowStart')).toBe('t.c.x');
    expect(moveFrom(withTotals, 't.c.y', 'tableStart')).toBe('t.a.x');
    expect(moveFrom(withTotals, 't.a.x', 'tableEnd')).toBe('t.c.sum');
  });
});
