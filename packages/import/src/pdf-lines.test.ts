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
});
