import { formatCellValue } from '@nianbao/schema';

export type Trend = 'up' | 'down' | 'same' | 'new';

/** A cell beside last year's: the trend, whether it jumped, and the words that say so. */
export interface CellChange {
  readonly trend: Trend;
  readonly big: boolean;
  /** Short, shown under the value, e.g. `上年 12 ▲`. */
  readonly shown: string;
  /** Whole, for screen readers and the tooltip, e.g. `上年 12，本年增加 8（+67%），变化较大`. */
  readonly said: string;
}

// A jump worth a second look: half as much again, and at least this many.
const bigShare = 0.5;
const bigCount = 10;
const symbols: Record<Trend, string> = { up: '▲', down: '▼', same: '＝', new: '新' };

const percent = (delta: number, before: number) =>
  before === 0 ? '' : `（${delta > 0 ? '+' : ''}${Math.round((delta / before) * 100)}%）`;

/** How this year's number of a cell compares with last year's (absent numbers count as 0). */
export function cellChange(now: number | undefined, before: number | undefined): CellChange {
  const current = now ?? 0;
  if (before === undefined)
    return { trend: 'new', big: false, shown: '上年无', said: '上年无此数据' };
  // Amounts are decimals: 1.1 − 0.2 should read 0.9.
  const delta = Math.round((current - before) * 1e4) / 1e4;
  const trend: Trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const big = Math.abs(delta) >= bigCount && (before === 0 || Math.abs(delta) / before >= bigShare);
  const last = formatCellValue(before);
  const change =
    trend === 'same'
      ? '本年持平'
      : `本年${trend === 'up' ? '增加' : '减少'} ${formatCellValue(Math.abs(delta))}${percent(delta, before)}`;
  return {
    trend,
    big,
    shown: `上年 ${last} ${symbols[trend]}`,
    said: `上年 ${last}，${change}${big ? '，变化较大' : ''}`,
  };
}
