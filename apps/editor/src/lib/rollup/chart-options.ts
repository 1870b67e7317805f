import type { EChartsCoreOption } from 'echarts/core';

/** What the charts read: each unit's received count and outcomes, and the labels. */
export interface ChartUnits {
  readonly receivedLabel: string;
  readonly outcomeLabels: readonly string[];
  readonly included: readonly {
    readonly name: string;
    readonly received: number;
    readonly outcomes: readonly number[];
  }[];
}

/** The roll-up's figures year by year. */
export interface ChartHistory {
  readonly outcomeLabels: readonly string[];
  readonly years: readonly {
    readonly year: number;
    readonly received: number;
    readonly outcomes: readonly number[];
  }[];
}

const common = {
  aria: { enabled: true },
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', bottom: 0 },
  grid: { left: 8, right: 8, top: 16, bottom: 56, containLabel: true },
} as const;

/** Per unit: a bar of applications received beside a stack of how they were handled. */
export function unitsBarOption(units: ChartUnits): EChartsCoreOption {
  return {
    ...common,
    xAxis: {
      type: 'category',
      data: units.included.map((u) => u.name),
      axisLabel: {
        interval: 0,
        rotate: units.included.length > 4 ? 30 : 0,
        width: 120,
        overflow: 'truncate',
      },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: units.receivedLabel, data: units.included.map((u) => u.received) },
      ...units.outcomeLabels.map((label, i) => ({
        type: 'bar',
        name: label,
        stack: 'outcomes',
        data: units.included.map((u) => u.outcomes[i] ?? 0),
      })),
    ],
  };
}

/** Year by year: applications received and each outcome, one line each. */
export function historyLineOption(history: ChartHistory, receivedLabel: string): EChartsCoreOption {
  return {
    ...common,
    xAxis: { type: 'category', data: history.years.map((y) => `${String(y.year)}年`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: receivedLabel, data: history.years.map((y) => y.received) },
      ...history.outcomeLabels.map((label, i) => ({
        type: 'line',
        name: label,
        data: history.years.map((y) => y.outcomes[i] ?? 0),
      })),
    ],
  };
}

/** The share of each outcome in the year's sum. */
export function outcomePieOption(
  labels: readonly string[],
  values: readonly number[],
): EChartsCoreOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        label: { formatter: '{b}\n{d}%' },
        // Empty outcomes would only crowd the labels; the table beside lists them all.
        data: labels
          .map((name, i) => ({ name, value: values[i] ?? 0 }))
          .filter((slice) => slice.value > 0),
      },
    ],
  };
}

/** Each outcome summed over the units: the pie's values. */
export const outcomeTotals = (units: ChartUnits): number[] =>
  units.outcomeLabels.map((_, i) =>
    units.included.reduce((sum, u) => sum + (u.outcomes[i] ?? 0), 0),
  );

/** A share as people read it: one decimal, 0 of nothing. */
export const percent = (value: number, total: number): string =>
  total === 0 ? '0%' : `${((value / total) * 100).toFixed(1)}%`;
