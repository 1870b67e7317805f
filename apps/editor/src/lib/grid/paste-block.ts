import type { CellKind } from '@nianbao/schema';
import type { NavGrid } from './grid-layout';
import { positionOf } from './navigation';
import { parseCellText } from './normalise-number';

/**
 * Splits text copied from Excel or WPS into rows of cells: tabs between cells, line breaks
 * between rows, quoted cells ("…") may hold tabs, line breaks and doubled quotes.
 * @example parseTable('1\t2\r\n3\t4\r\n') // [['1','2'],['3','4']]
 */
export function parseTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"' && cell === '') {
      const end = closingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replaceAll('""', '"');
        i = end + 1;
        continue;
      }
    }
    if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else cell += char;
    i++;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The index of the quote that closes a quoted cell starting at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}

/** True when pasted text is more than a single cell. */
export const isBlock = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

export interface CellChange {
  readonly address: string;
  readonly value: number;
}

/** A total cell the block covered, with the text pasted onto it. */
export interface PastedTotal {
  readonly address: string;
  readonly label: string;
  readonly kind: CellKind;
  readonly text: string;
}

export interface PastePlan {
  readonly changes: readonly CellChange[];
  /** Cells whose text is not a valid number for them, with why. */
  readonly rejected: readonly {
    readonly address: string;
    readonly text: string;
    readonly message: string;
  }[];
  /** Total cells in the block: computed from their parts, so the pasted text is only compared. */
  readonly totals: readonly PastedTotal[];
  /** Pasted cells that fall outside the table. */
  readonly outside: number;
}

/**
 * Lays a pasted block over a table from the focused cell: row i of the block onto the i-th
 * number row below, cell j onto the j-th number cell to the right. Each cell is checked.
 */
export function planPaste(
  nav: NavGrid,
  from: string,
  block: readonly (readonly string[])[],
): PastePlan {
  const start = positionOf(nav, from);
  const changes: CellChange[] = [];
  const rejected: { address: string; text: string; message: string }[] = [];
  const totals: PastedTotal[] = [];
  let outside = 0;
  block.forEach((cells, i) => {
    const row = start ? nav[start.row + i] : undefined;
    cells.forEach((text, j) => {
      const cell = start ? row?.[start.index + j] : undefined;
      if (!cell) {
        outside++;
        return;
      }
      if (cell.isTotal) {
        totals.push({ address: cell.address, label: cell.label, kind: cell.kind, text });
        return;
      }
      const parsed = parseCellText(text, cell.kind);
      if (parsed.ok) changes.push({ address: cell.address, value: parsed.value });
      else rejected.push({ address: cell.address, text, message: parsed.message });
    });
  });
  return { changes, rejected, totals, outside };
}
