import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellKindRules, parseCellEntry, type CellKind } from '@nianbao/schema';
import { readCell } from './read-cell.js';

describe('readCell', () => {
  it.each([
    ['0', 'count', 0],
    ['1,234', 'count', 1234],
    ['１２，３４５', 'count', 12345],
    [' 56 件', 'count', 56],
    ['2,345,678件', 'count', 2345678],
    ['-3', 'signedCount', -3],
    ['－3', 'signedCount', -3],
    ['−1,200', 'signedCount', -1200],
    ['-0', 'signedCount', 0],
    ['18.6198', 'amount', 18.6198],
    ['2.02万元', 'amount', 2.02],
    ['251000元', 'amount', 25.1],
    ['12,345,678元', 'amount', 1234.5678],
    ['5元', 'amount', 0.0005],
    ['75,394,432.52元', 'amount', 7539.443252],
    ['5949.088667万元', 'amount', 5949.088667],
    ['+7', 'signedCount', 7],
    ['1234,567', 'count', 1234567],
  ] as const)('reads “%s” as a %s of %d', (text, kind, value) => {
    expect(readCell(text, kind)).toEqual({ type: 'number', value });
  });

  it.each(['', ' ', '\u00a0', '/', '／', '-', '—', '——', '－'])('reads “%s” as blank', (text) => {
    expect(readCell(text, 'count')).toEqual({ type: 'blank' });
  });

  it.each([
    ['一', 'count'],
    ['3件5', 'count'],
    ['12元', 'count'],
    ['5件', 'amount'],
    ['约10', 'count'],
    ['1.2.3', 'count'],
    ['1,2345', 'count'],
    [',123', 'count'],
    ['3,4', 'count'],
    ['5件件', 'count'],
  ] as const)('cannot read “%s” as a %s', (text, kind) => {
    expect(readCell(text, kind)).toEqual({ type: 'unreadable' });
  });

  it.each([
    ['2件', 'count'],
    ['１２，３４５', 'count'],
    ['251000元', 'amount'],
    ['1.', 'amount'],
    ['五', 'count'],
    ['2 件 3', 'count'],
    ['-3', 'count'],
    ['1.5', 'count'],
  ] as const)('reads “%s” as a %s as the editor does', (text, kind) => {
    const parsed = parseCellEntry(kind, text);
    const reading = readCell(text, kind);
    expect(reading).toEqual(
      parsed.ok ? { type: 'number', value: parsed.value } : { type: 'unreadable' },
    );
  });

  it('reads a missing cell as blank', () => {
    expect(readCell(undefined, 'count')).toEqual({ type: 'blank' });
  });

  it('reads plain digits, full-width, signed, grouped, with decimals or a unit, exactly as the general reading', () => {
    const kinds = Object.keys(cellKindRules) as CellKind[];
    const digits = fc.stringMatching(/^[-+]?\d{1,13}$/);
    const grouped = digits.map((text) => Number(text).toLocaleString('en-US'));
    const fullWidth = grouped.map((text) =>
      text.replace(/[\d,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    );
    const fraction = fc.constantFrom('', '.5', '.000001', '.1234567', '.');
    const unit = fc.constantFrom('', '件', '万元', '元', '个', '%');
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.oneof(digits, grouped, fullWidth),
        fraction,
        unit,
        (kind, n, f, u) => {
          const text = `${n}${f}${u}`;
          const parsed = parseCellEntry(kind, text);
          const expected = parsed.ok
            ? { type: 'number', value: parsed.value }
            : { type: 'unreadable' };
          expect(readCell(text, kind)).toEqual(expected);
        },
      ),
    );
  });
});
