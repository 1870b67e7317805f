import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from './read-cell.js';
import { isValueText } from './value-text.js';

// The reading that isValueText's shortcuts must agree with.
const readsAsValue = (text: string) =>
  text.trim() !== '' &&
  !/^\s*[\d０-９]+\s*[.．、]\s*$/.test(text) &&
  (readCell(text, 'signedCount').type !== 'unreadable' ||
    readCell(text, 'amount').type !== 'unreadable');

describe('value text', () => {
  it('agrees with the full reading of a cell, shortcuts and all', () => {
    const piece = fc.constantFrom(...'0123456789０１２３４５６７８９,，.．件元万-−/ a'.split(''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(isValueText(text)).toBe(readsAsValue(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads grouped digits of either width, with 件, as a value, and a lone item number as none', () => {
    expect(['1,234', '１，２３４件', '123456789012', '12.5'].map(isValueText)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['3.', '12,34', '1234567890123'].map(isValueText)).toEqual([false, false, false]);
  });
});
