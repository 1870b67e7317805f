import { describe, expect, it } from 'vitest';
import { withoutRowLabels } from './row-labels';

describe('withoutRowLabels', () => {
  it('drops a leading column of row labels', () => {
    expect(
      withoutRowLabels([
        ['（一）予以公开', '1', '2'],
        ['（二）部分公开', '3', '4'],
      ]),
    ).toEqual({
      block: [
        ['1', '2'],
        ['3', '4'],
      ],
      skipped: 1,
    });
  });

  it('knows a numbered label from a number with its unit', () => {
    expect(withoutRowLabels([['1.属于国家秘密', '2']]).skipped).toBe(1);
    expect(withoutRowLabels([['3万元', '2']]).skipped).toBe(0);
  });

  it('drops the empty cells of a label merged over several columns', () => {
    expect(withoutRowLabels([['一、本年新收政府信息公开申请数量', '', '', '5', '6']])).toEqual({
      block: [['5', '6']],
      skipped: 3,
    });
  });

  it('keeps a block of numbers, and a first column that holds a number', () => {
    expect(withoutRowLabels([['1', '2']]).skipped).toBe(0);
    expect(
      withoutRowLabels([
        ['无效', '2'],
        ['3', '4'],
      ]).skipped,
    ).toBe(0);
  });

  it('keeps a single column even if it reads as a label', () => {
    expect(withoutRowLabels([['abc']])).toEqual({ block: [['abc']], skipped: 0 });
  });
});
