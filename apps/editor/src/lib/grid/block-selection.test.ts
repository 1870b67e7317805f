import { tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { selectedRows } from './block-selection';
import { tableGrid } from './grid-layout';

const grid = (id: string) => tableGrid(tablesOf(template2021).find((t) => t.id === id)!);

describe('selectedRows', () => {
  const { nav } = grid('requests');

  it('covers the rectangle between two corners, whichever way it was drawn', () => {
    const rows = [
      ['requests.received.natural', 'requests.received.commercial'],
      ['requests.carriedOver.natural', 'requests.carriedOver.commercial'],
    ];
    expect(
      selectedRows(nav, {
        anchor: 'requests.received.natural',
        focus: 'requests.carriedOver.commercial',
      }),
    ).toEqual(rows);
    expect(
      selectedRows(nav, {
        anchor: 'requests.carriedOver.commercial',
        focus: 'requests.received.natural',
      }),
    ).toEqual(rows);
  });

  it('is the one cell when both corners are the same', () => {
    const one = 'requests.received.total';
    expect(selectedRows(nav, { anchor: one, focus: one })).toEqual([[one]]);
  });

  it('is empty for a corner outside the table', () => {
    expect(selectedRows(nav, { anchor: 'nope.a.b', focus: 'requests.received.total' })).toEqual([]);
  });
});
