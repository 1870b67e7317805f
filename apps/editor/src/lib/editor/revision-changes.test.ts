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

describe('describeChanges for prose', () => {
  const before = '本机关全年主动公开政府信息120条。依申请公开工作平稳有序。';
  const after =
    '本机关全年主动公开政府信息120条。新增公开重大项目批准信息8条。依申请公开工作平稳有序。';

  it('marks a sentence added to a section and keeps the whole paragraph', () => {
    const [line] = describeChanges(template2021, [{ path: 'narrative.other', before, after }]);
    const parts = line?.diff?.paragraphs[0] ?? [];
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual([
      '新增公开重大项目批准信息8条。',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(after);
  });

  it('shows a long paragraph whole, not cut at 120 characters', () => {
    const long = '政'.repeat(500);
    const [line] = describeChanges(template2021, [
      { path: 'narrative.other', before: long, after: `${long}新增。` },
    ]);
    expect(line?.diff?.paragraphs[0]?.map((p) => p.text).join('')).toBe(`${long}新增。`);
  });

  it('keeps short values side by side', () => {
    const [line] = describeChanges(template2021, [
      { path: 'publishedOn', before: '2024-01-20', after: '2024-01-21' },
    ]);
    expect(line?.diff).toBeUndefined();
  });
});
