import { describe, expect, it } from 'vitest';
import { pageLines } from './pdf-lines.js';

const run = (text: string, x: number, y: number) => ({
  text,
  x,
  y,
  width: text.length * 9,
  size: 9,
});

describe('PDF text runs as lines', () => {
  it('splits numbers that pdf.js joined with a space into cells', () => {
    const items = [run('行政规范性文件', 80, 100), run('3 4', 300, 100)];
    expect(pageLines({ items, height: 842 }).map(({ line }) => line.cells)).toEqual([
      ['行政规范性文件', '3', '4'],
    ]);
  });

  it('reads a label wrapped over two lines, its values centred between them, as one row', () => {
    const items = [
      run('（二）部分公开', 80, 95),
      run('（区分处理的）', 80, 106),
      run('12', 300, 100),
    ];
    expect(pageLines({ items, height: 842 }).map(({ line }) => line.cells)).toEqual([
      ['（二）部分公开（区分处理的）', '12'],
    ]);
  });

  it('reads runs in ruled cells as the cells of rows, a run crossing a rule cut there', () => {
    const across = (at: number) => ({ across: true, at, from: 50, to: 350 });
    const down = (at: number) => ({ across: false, at, from: 80, to: 120 });
    const rules = [across(80), across(100), across(120), down(50), down(200), down(275), down(350)];
    const items = [
      run('行政许可', 60, 95),
      // A label run into its value: the rule at 200 passes through it.
      { text: '行政处罚12', x: 156, y: 115, width: 54, size: 9 },
      run('3', 280, 95),
      run('4', 280, 115),
    ];
    expect(pageLines({ items, rules, height: 842 }).map(({ line }) => line.cells)).toEqual([
      ['行政许可', '3'],
      ['行政处罚', '12', '4'],
    ]);
  });
});
