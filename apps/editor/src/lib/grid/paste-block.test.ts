import { tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { tableGrid } from './grid-layout';
import { isBlock, parseTable, planPaste } from './paste-block';

const grid = (id: string) => tableGrid(tablesOf(template2021).find((t) => t.id === id)!);

describe('parseTable', () => {
  it('splits Excel text on tabs and line breaks and drops the final line break', () => {
    expect(parseTable('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTable('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells, and reads quoted cells with tabs, line breaks and quotes inside', () => {
    expect(parseTable('\t5\t\n')).toEqual([['', '5', '']]);
    expect(parseTable('"a\tb"\t"say ""1"""\n"x\ny"\t2')).toEqual([
      ['a\tb', 'say "1"'],
      ['x\ny', '2'],
    ]);
  });

  it('tells a block from a single value with a trailing line break', () => {
    expect(isBlock('12\r\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});

describe('planPaste', () => {
  const requests = grid('requests');

  it('lays a block over the table from the focused cell, right and down', () => {
    const plan = planPaste(requests.nav, 'requests.received.natural', [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(plan.changes).toEqual([
      { address: 'requests.received.natural', value: 1 },
      { address: 'requests.received.commercial', value: 2 },
      { address: 'requests.carriedOver.natural', value: 3 },
      { address: 'requests.carriedOver.commercial', value: 4 },
    ]);
    expect(plan).toMatchObject({ rejected: [], totals: [], outside: 0 });
  });

  it('checks each cell: bad ones are rejected with a reason, totals skipped, overflow counted', () => {
    const plan = planPaste(requests.nav, 'requests.received.other', [['１，０００', 'x', '9']]);
    expect(plan.changes).toEqual([{ address: 'requests.received.other', value: 1000 }]);
    expect(plan.totals).toEqual([
      expect.objectContaining({ address: 'requests.received.total', text: 'x', kind: 'count' }),
    ]);
    expect(plan.outside).toBe(1);
    const fractions = planPaste(requests.nav, 'requests.received.natural', [['1.5']]);
    expect(fractions.rejected).toEqual([
      { address: 'requests.received.natural', text: '1.5', message: '应为整数' },
    ]);
  });

  it('counts a paste into a cell that is not in the table as outside', () => {
    const plan = planPaste(requests.nav, 'nowhere.a.b', [['1']]);
    expect(plan).toMatchObject({ changes: [], outside: 1 });
  });
});
