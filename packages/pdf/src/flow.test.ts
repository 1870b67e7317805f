import type { ContentStack, ContentText } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { flow, type Paragraph } from './flow.js';

const lines = (count: number, prefix: string): ContentText[] =>
  Array.from({ length: count }, (_, i) => ({ text: `${prefix}${i + 1}` }));
const paragraph = (count: number, prefix: string, isHeading = false): Paragraph => ({
  lines: lines(count, prefix),
  lineHeight: 1.2,
  isHeading,
});
/** Each laid-out item as the line texts it holds, `!` marking an unbreakable one. */
const shape = (items: ReturnType<typeof flow>): string[] =>
  items.map((item) => {
    const texts = (node: unknown): string[] =>
      typeof node === 'object' && node !== null && 'stack' in node
        ? (node as ContentStack).stack.flatMap(texts)
        : [(node as { text: string }).text];
    const isKept = typeof item === 'object' && 'unbreakable' in item && item.unbreakable;
    return `${isKept ? '!' : ''}${texts(item).join(' ')}`;
  });

describe('flow', () => {
  it('keeps headings with the first two lines of the next paragraph, and its last two lines together', () => {
    expect(
      shape(flow([paragraph(1, 'H', true), paragraph(1, 'S', true), paragraph(6, 'p')])),
    ).toEqual(['!H1 S1 p1 p2', 'p3 p4', '!p5 p6']);
  });

  it('never repeats or drops a line of a short paragraph', () => {
    expect(shape(flow([paragraph(4, 'p')]))).toEqual(['!p1 p2', '!p3 p4']);
    expect(shape(flow([paragraph(1, 'q')]))).toEqual(['!q1']);
  });

  it('keeps a three-line paragraph whole, as any break would leave one line alone', () => {
    expect(shape(flow([paragraph(3, 'p')]))).toEqual(['!p1 p2 p3']);
  });

  it('lets other content through, after any waiting heading', () => {
    expect(
      shape(
        flow([paragraph(1, 'H', true), { content: { text: 'table' } }, paragraph(1, 'T', true)]),
      ),
    ).toEqual(['H1', 'table', 'T1']);
  });
});
