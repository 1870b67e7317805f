import { describe, expect, it } from 'vitest';
import type { PageLine } from './pdf-lines.js';
import { joinPages } from './pdf-page-breaks.js';

const row = (cells: string[], lefts: number[], open: boolean[] = []): PageLine => ({
  line: { cells, isRow: true, loose: true },
  y: 0,
  ruled: lefts.map((left, i) => ({ left, open: open[i] ?? false })),
});
const cellsOf = (lines: readonly PageLine[]) => lines.map(({ line }) => line.cells);

describe('table rows a page broke in two', () => {
  it('joins a label the page broke (the cell left open) with its rest on the next page', () => {
    const pages = [
      [row(['2.申请人逾期未按收', '703', '555'], [50, 200, 250], [true, false, false])],
      [row(['费通知要求缴纳费用'], [50]), row(['3.其他', '259', '592'], [50, 200, 250])],
    ];
    expect(cellsOf(joinPages(pages))).toEqual([
      ['2.申请人逾期未按收费通知要求缴纳费用', '703', '555'],
      ['3.其他', '259', '592'],
    ]);
  });

  it('joins numbers the page broke, though both parts are closed', () => {
    const pages = [
      [row(['（七）总计', '１４，', '1115'], [50, 200, 250])],
      [row(['５０４件', '92'], [200, 250])],
    ];
    expect(cellsOf(joinPages(pages))).toEqual([['（七）总计', '１４，５０４件', '111592']]);
  });

  it('keeps a new row at the top of a page as its own', () => {
    const pages = [[row(['行政许可', '12'], [50, 200])], [row(['行政处罚', '3'], [50, 200])]];
    expect(cellsOf(joinPages(pages))).toHaveLength(2);
  });
});
