import { template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { describeChanges, showValue } from './revision-changes';

describe('describeChanges', () => {
  it('names cells by their labels and sections by their headings', () => {
    const lines = describeChanges(template2021, [
      { path: 'requests.received.natural', before: 3, after: 5 },
      { path: 'narrative.other', before: '', after: '无。' },
      { path: 'publishedOn', after: '2024-01-20' },
      { path: 'somethingElse', before: 1 },
    ]);
    expect(lines).toEqual([
      {
        path: 'requests.received.natural',
        name: '一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人',
        before: '3',
        after: '5',
      },
      { path: 'narrative.other', name: '六、其他需要报告的事项', before: '（空）', after: '无。' },
      { path: 'publishedOn', name: '发布日期', before: '（空）', after: '2024-01-20' },
      { path: 'somethingElse', name: 'somethingElse', before: '1', after: '（空）' },
    ]);
  });

  it('shortens long prose', () => {
    const shown = showValue('政'.repeat(500));
    expect(shown).toHaveLength(122);
    expect(shown.endsWith('……')).toBe(true);
  });
});
