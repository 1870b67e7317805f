import { describe, expect, it } from 'vitest';
import { fitValues } from './fit-values.js';

describe('fitValues', () => {
  it('takes one cell per value when the counts agree, blanks included', () => {
    expect(fitValues(['821', '35', '', '', '2', '1', '859'], [1, 1, 1, 1, 1, 1, 1])).toEqual([
      '821',
      '35',
      '',
      '',
      '2',
      '1',
      '859',
    ]);
  });

  it('skips the padding a copy puts after a merged value cell', () => {
    expect(fitValues(['0', '', ''], [3])).toEqual(['0']);
    expect(fitValues(['', '5', ''], [1, 2])).toEqual(['', '5']);
  });

  it('finds the values of a row that lost a leading tab (shifted, padded at the end)', () => {
    const zeros = Array<string>(7).fill('0');
    expect(fitValues(['', ...zeros, ''], Array(7).fill(1))).toEqual(zeros);
    expect(fitValues([...zeros, '', ''], Array(7).fill(1))).toEqual(zeros);
  });

  it('reports cells the row does not have as missing', () => {
    expect(fitValues(['4'], [1, 1])).toEqual(['4', undefined]);
  });
});
