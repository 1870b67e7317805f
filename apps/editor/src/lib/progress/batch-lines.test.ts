import { describe, expect, it } from 'vitest';
import { batchLines } from './batch-lines';

describe('batch results', () => {
  it("names each report's agency and says why a failure failed", () => {
    const rows = [
      { agency: { name: '甲镇' }, report: { id: 'r1' } },
      { agency: { name: '乙镇' }, report: { id: 'r2' } },
    ];
    const lines = batchLines(rows, [
      { id: 'r1', ok: true },
      { id: 'r2', ok: false, detail: '报告还有错误，不能审核通过' },
      { id: 'r3', ok: false },
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      '甲镇：成功',
      '乙镇：未成功，报告还有错误，不能审核通过',
      'r3：未成功，原因不明',
    ]);
  });
});
