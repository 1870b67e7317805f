import { describe, expect, it } from 'vitest';
import { breakLines, type Measure } from './break-lines.js';

// Every character 10 wide: Chinese and Latin alike, so widths are easy to reason about.
const measure: Measure = (text) => [...text].length * 10;
const lines = (text: string, width: number, indent = 0) =>
  breakLines([{ text, role: 'body' }], { width, indent, measure }).map((line) =>
    line.segments.map((s) => s.text).join(''),
  );

describe('breakLines', () => {
  it('fills each line with as many characters as fit, the first indented', () => {
    expect(lines('一二三四五六七八九十', 40, 20)).toEqual(['一二', '三四五六', '七八九十']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(lines('一二三，四五', 30)).toEqual(['一二', '三，四', '五']);
    expect(lines('一二（三）', 30)).toEqual(['一二', '（三）']);
  });

  it('keeps numbers and Latin words whole, breaking at spaces', () => {
    expect(lines('共12836条', 50)).toEqual(['共', '12836', '条']);
    expect(lines('see the pdf', 70)).toEqual(['see the', 'pdf']);
  });

  it('splits a word wider than the line by character', () => {
    expect(lines('1234567', 30)).toEqual(['123', '456', '7']);
  });

  it('keeps faces apart as segments and counts characters for justification', () => {
    const [first] = breakLines(
      [
        { text: '（一）标题。', role: 'title' },
        { text: '正文', role: 'body' },
      ],
      { width: 200, measure },
    );
    expect(first?.segments).toEqual([
      { text: '（一）标题。', role: 'title' },
      { text: '正文', role: 'body' },
    ]);
    expect(first?.characters).toBe(8);
    expect(first?.width).toBe(80);
  });

  it('gives one empty line for empty text', () => {
    expect(lines('', 100)).toEqual(['']);
  });
});

describe('breakLines on very long runs', () => {
  const sizes = (text: string) => lines(text, 400).map((line) => [...line].length);

  it('splits an unbroken Latin run of 130,000 characters into full lines', () => {
    const broken = sizes('a'.repeat(130_000));
    expect(broken).toHaveLength(3250);
    expect(new Set(broken)).toEqual(new Set([40]));
  });

  it('splits 130,000 Chinese characters, punctuation runs and astral characters alike', () => {
    expect(sizes('字'.repeat(130_000))).toHaveLength(3250);
    expect(sizes('（'.repeat(130_000))).toHaveLength(3250);
    expect(sizes('，'.repeat(130_000))).toHaveLength(3250);
    expect(sizes('𠮷'.repeat(1000))).toEqual(Array.from({ length: 25 }, () => 40));
  });
});
