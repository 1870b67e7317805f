import { describe, expect, it } from 'vitest';
import { proseBlocks } from './prose-blocks.js';

describe('proseBlocks', () => {
  it('makes one paragraph per non-blank line', () => {
    expect(proseBlocks('第一段。\n\n  第二段。\r\n')).toEqual([
      { body: '第一段。' },
      { body: '第二段。' },
    ]);
  });

  it('sets a sub-head alone on its line as a heading', () => {
    expect(proseBlocks('（一）存在的主要问题。\n一是……')).toEqual([
      { head: '（一）存在的主要问题。', body: '' },
      { body: '一是……' },
    ]);
    expect(proseBlocks('（二）改进措施')).toEqual([{ head: '（二）改进措施', body: '' }]);
  });

  it('runs a sub-head into its paragraph when text follows on the same line', () => {
    expect(proseBlocks('（三）政府信息管理情况。开展清理。')).toEqual([
      { head: '（三）政府信息管理情况。', body: '开展清理。' },
    ]);
  });

  it('accepts half-width brackets as published copies print them', () => {
    expect(proseBlocks('(一) 予以公开')[0]?.head).toBe('(一) 予以公开');
  });

  it('leaves a line that only mentions an ordinal later as body text', () => {
    expect(proseBlocks('按照（一）项办理。')).toEqual([{ body: '按照（一）项办理。' }]);
  });
});
