import type { Finding } from '@nianbao/schema';

/** How the findings mark one cell: the worst severity, their messages, their element ids. */
export interface CellFindings {
  readonly severity: 'error' | 'warning' | undefined;
  /** One message a line, for the cell's title. */
  readonly messages: string;
  /** The ids of the findings' entries in the panel, for aria-describedby. */
  readonly ids: readonly string[];
}

/** A cell no finding names: one shared value, so such a cell never redraws for findings. */
export const noCellFindings: CellFindings = Object.freeze({
  severity: undefined,
  messages: '',
  ids: Object.freeze([]),
});

/** The element id of finding `index`'s entry in the findings panel. */
export const findingId = (index: number): string => `finding-${index}`;

/** Each named cell's findings in one pass, so a cell reads its own entry and nothing more. */
export function cellFindings(findings: readonly Finding[]): Map<string, CellFindings> {
  const lists = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    for (const cell of finding.cells) {
      const list = lists.get(cell);
      if (list) list.push(index);
      else lists.set(cell, [index]);
    }
  });
  const byCell = new Map<string, CellFindings>();
  for (const [cell, indexes] of lists) {
    const named = indexes.map((i) => findings[i]).filter((f) => f !== undefined);
    byCell.set(cell, {
      severity: named.some((f) => f.severity === 'error') ? 'error' : 'warning',
      messages: named.map((f) => f.message).join('\n'),
      ids: indexes.map(findingId),
    });
  }
  return byCell;
}
