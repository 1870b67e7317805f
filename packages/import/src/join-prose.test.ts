import { describe, expect, it } from 'vitest';
import { joinProse } from './join-prose.js';

describe('joinProse', () => {
  it('joins a line broken inside a sentence', () => {
    expect(joinProse(['本年度我局持续推进数据共享，为政务服务更新提', '供坚实保障。'])).toEqual([
      '本年度我局持续推进数据共享，为政务服务更新提供坚实保障。',
    ]);
  });

  it('keeps paragraph ends and sub-heads', () => {
    const lines = ['（一）主动公开', '本年度共发布信息120条。', '（二）依申请公开', '无。'];
    expect(joinProse(lines)).toEqual(lines);
  });

  it('does not join a wrapped line onto the next sub-head', () => {
    expect(joinProse(['本年度我局持续推进数据共享工作并取得成效', '1.加强领导'])).toEqual([
      '本年度我局持续推进数据共享工作并取得成效',
      '1.加强领导',
    ]);
  });
});
