import { tableCells, type CellDef } from '../template/cells.js';
import { tablesOf, type TemplateDef } from '../template/template.js';
import { readNumber, splitAddress } from '../report/cell-access.js';

/** The figures a 汇总 chart shows: table 三's 本年新收 total and its outcome groups' totals. */
export interface RollupFigures {
  readonly receivedLabel: string;
  readonly received: number;
  readonly outcomes: readonly { readonly label: string; readonly value: number }[];
}

interface FigureCells {
  readonly received: CellDef;
  readonly outcomes: readonly { readonly label: string; readonly cells: readonly string[] }[];
}

// 「（三）不予公开」→「不予公开」; 「（二）部分公开（区分处理的…）」→「部分公开」.
const shortLabel = (label: string) => label.replace(/^（[^）]*）/, '').replace(/（.*）$/, '');

/** Which cells the figures read, from the template: undefined when it has no table 三. */
export function rollupFigureCells(template: TemplateDef): FigureCells | undefined {
  const requests = tablesOf(template).find((table) => table.id === 'requests');
  if (!requests) return undefined;
  const totals = tableCells(requests).filter((cell) => cell.isTotalColumn);
  const received = totals.find((cell) => cell.record === 'received');
  if (!received) return undefined;
  // The group of rows with a total row among its children: 三、本年度办理结果.
  const handled = requests.blocks
    .flatMap((block) => block.rows)
    .find((row) => row.children?.some((child) => child.isTotal === true));
  const groups = (handled?.children ?? []).filter((child) => child.isTotal !== true);
  const outcomes = groups.map((group) => ({
    label: shortLabel(group.label ?? ''),
    cells: totals.filter((cell) => cell.rowLabels[1] === group.label).map((cell) => cell.address),
  }));
  return { received, outcomes };
}

/**
 * A report's received count and its outcome totals (counts, summed in integers), for charts;
 * undefined when the format has no table 三.
 */
export function rollupFigures(template: TemplateDef, report: unknown): RollupFigures | undefined {
  const cells = rollupFigureCells(template);
  if (!cells) return undefined;
  const valueOf = (address: string) => readNumber(report, splitAddress(address)) ?? 0;
  return {
    receivedLabel: shortLabel(cells.received.rowLabels[0] ?? '').replace(/^[一二三四]、/, ''),
    received: valueOf(cells.received.address),
    outcomes: cells.outcomes.map(({ label, cells: addresses }) => ({
      label,
      value: addresses.reduce((sum, address) => sum + valueOf(address), 0),
    })),
  };
}
