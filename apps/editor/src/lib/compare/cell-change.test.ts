import { describe, expect, it } from 'vitest';
import { cellChange } from './cell-change';

describe('cellChange', () => {
  it('says an increase with a symbol and in words', () => {
    expect(cellChange(15, 12)).toEqual({
      trend: 'up',
      big: false,
      shown: '上年 12 ▲',
      said: '上年 12，本年增加 3（+25%）',
    });
  });

  it('says a decrease', () => {
    const change = cellChange(8, 12);
    expect(change.trend).toBe('down');
    expect(change.shown).toBe('上年 12 ▼');
    expect(change.said).toBe('上年 12，本年减少 4（-33%）');
  });

  it('says an unchanged number, and counts an empty cell as 0', () => {
    expect(cellChange(5, 5)).toMatchObject({
      trend: 'same',
      shown: '上年 5 ＝',
      said: '上年 5，本年持平',
    });
    expect(cellChange(undefined, 0).trend).toBe('same');
  });

  it('calls a jump big only when it is at least half and at least 10', () => {
    expect(cellChange(30, 20).big).toBe(true);
    expect(cellChange(9, 20).big).toBe(true);
    expect(cellChange(6, 3).big).toBe(false);
    expect(cellChange(140, 100).big).toBe(false);
    expect(cellChange(12, 0)).toMatchObject({ big: true, said: '上年 0，本年增加 12，变化较大' });
  });

  it('reads amounts without floating-point noise', () => {
    expect(cellChange(1.1, 0.2).said).toBe('上年 0.2，本年增加 0.9（+450%）');
  });

  it('says so when last year has no number there', () => {
    expect(cellChange(3, undefined)).toMatchObject({ trend: 'new', shown: '上年无' });
  });
});
