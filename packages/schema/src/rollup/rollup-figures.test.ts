import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/empty-report.js';
import { template2019, template2021 } from '../template/templates.js';
import { generateReport } from '../testing/generate-report.js';
import { rollupFigureCells, rollupFigures } from './rollup-figures.js';

describe('rollupFigures', () => {
  it('reads the received total and the six outcome groups of table 三, in print order', () => {
    const report = generateReport(7);
    const figures = rollupFigures(template2021, report);
    expect(figures?.received).toBe(report.requests.received?.total);
    expect(figures?.receivedLabel).toBe('本年新收政府信息公开申请数量');
    expect(figures?.outcomes.map((o) => o.label)).toEqual([
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ]);
  });

  it('sums the outcome groups to the table’s own 总计 of a consistent report', () => {
    const report = generateReport(11);
    const figures = rollupFigures(template2021, report);
    const sum = figures?.outcomes.reduce((total, o) => total + o.value, 0);
    expect(sum).toBe(report.requests.handledTotal?.total);
  });

  it('reads zeros from an empty report and works for the 2019 format too', () => {
    const figures = rollupFigures(
      template2019,
      emptyReport(template2019, { year: 2019, agency: { name: '示例机关' } }),
    );
    expect(figures?.received).toBe(0);
    expect(figures?.outcomes).toHaveLength(6);
    expect(rollupFigureCells(template2019)?.outcomes[2]?.cells).toHaveLength(8);
  });
});
