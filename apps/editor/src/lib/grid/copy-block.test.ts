import { describe, expect, it } from 'vitest';
import { blockClipboard } from './copy-block';
import { parseTable } from './paste-block';

describe('blockClipboard', () => {
  it('writes tab-separated lines that parse back to the same block', () => {
    const rows = [
      ['1', '2', '3'],
      ['4', 'a\tb', 'say "x"'],
    ];
    const { text } = blockClipboard(rows);
    expect(text).toBe('1\t2\t3\r\n4\t"a\tb"\t"say ""x"""\r\n');
    expect(parseTable(text)).toEqual(rows);
  });

  it('writes an HTML table with the text escaped', () => {
    expect(blockClipboard([['1', '<2>']]).html).toBe(
      '<table><tr><td>1</td><td>&lt;2&gt;</td></tr></table>',
    );
  });
});
