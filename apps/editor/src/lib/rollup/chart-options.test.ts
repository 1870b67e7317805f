import { describe, expect, it } from 'vitest';
import {
  historyLineOption,
  outcomePieOption,
  outcomeTotals,
  percent,
  unitsBarOption,
} from './chart-options';

const units = {
  receivedLabel: '新收申请',
  outcomeLabels: ['予以公开', '不予公开'],
  included: [
    { name: '甲镇', received: 5, outcomes: [3, 2] },
    { name: '乙镇', received: 4, outcomes: [4, 0] },
  ],
};

describe('chart options', () => {
  it('draws one category per unit: received, then the outcomes stacked', () => {
    const option = unitsBarOption(units) as {
      xAxis: { data: string[] };
      series: { name: string; stack?: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['甲镇', '乙镇']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['新收申请', undefined, [5, 4]],
      ['予以公开', 'outcomes', [3, 4]],
      ['不予公开', 'outcomes', [2, 0]],
    ]);
  });

  it('draws a line per figure over the years', () => {
    const history = {
      outcomeLabels: ['予以公开'],
      years: [
        { year: 2024, received: 1, outcomes: [1] },
        { year: 2025, received: 9, outcomes: [7] },
      ],
    };
    const option = historyLineOption(history, '新收申请') as {
      xAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['2024年', '2025年']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 9],
      [1, 7],
    ]);
  });

  it('sums each outcome over the units for the pie', () => {
    expect(outcomeTotals(units)).toEqual([7, 2]);
    const option = outcomePieOption(units.outcomeLabels, [7, 2]) as {
      series: { data: { name: string; value: number }[] }[];
    };
    expect(option.series[0]?.data).toEqual([
      { name: '予以公开', value: 7 },
      { name: '不予公开', value: 2 },
    ]);
  });

  it('leaves empty outcomes out of the pie', () => {
    const option = outcomePieOption(['予以公开', '不予公开'], [5, 0]) as {
      series: { data: { name: string }[] }[];
    };
    expect(option.series[0]?.data.map((slice) => slice.name)).toEqual(['予以公开']);
  });

  it('writes shares with one decimal, and 0% of nothing', () => {
    expect(percent(7, 9)).toBe('77.8%');
    expect(percent(0, 0)).toBe('0%');
  });
});
