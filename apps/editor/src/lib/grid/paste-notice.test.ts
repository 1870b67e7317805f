import { describe, expect, it } from 'vitest';
import type { PastePlan } from './paste-block';
import { pasteNotice } from './paste-notice';

const plan = (overrides: Partial<PastePlan>): PastePlan => ({
  changes: [{ address: 't.a.x', value: 1 }],
  rejected: [],
  totals: [],
  outside: 0,
  ...overrides,
});
const total = (text: string) => ({
  address: 't.a.total',
  label: '一、本年新收 总计',
  kind: 'count' as const,
  text,
});

describe('pasteNotice', () => {
  it('counts the cells pasted and says how to undo', () => {
    expect(pasteNotice(plan({}), () => 0)).toBe('已粘贴 1 个单元格。可按 Ctrl+Z 撤销。');
  });

  it('says which entries were kept as typed because they are not numbers', () => {
    const rejected = [{ address: 't.a.y', text: '五', message: '请输入数字' }];
    expect(pasteNotice(plan({ rejected }), () => 0)).toMatch(
      /^已粘贴 1 个单元格；1 个不是有效数字，已照原样保留并标出/,
    );
  });

  it('reports a pasted total that differs from the sum of its parts, naming both', () => {
    const notice = pasteNotice(plan({ totals: [total('10')] }), () => 9);
    expect(notice).toContain('1 个合计与各项之和不符');
    expect(notice).toContain('一、本年新收 总计粘贴为“10”，而各项之和为 9');
  });

  it('says nothing is wrong when the pasted total agrees, written with a unit', () => {
    const notice = pasteNotice(plan({ totals: [total('1,000件')] }), () => 1000);
    expect(notice).toContain('1 个合计单元格由系统计算，与粘贴的合计一致');
    expect(notice).not.toContain('不符');
  });
});
