import {
  cellLabel,
  readPath,
  type BlockLayout,
  type LayoutCell,
  type TableLayout,
} from '@nianbao/schema';
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import { breakLines, type Measure } from './break-lines.js';
import { columnWidths } from './column-widths.js';
import type { FontRole } from './fonts.js';
import { lineContent } from './line-content.js';
import { placeCells } from './place-cells.js';
import { pageStyle, textHeight, textWidth } from './page-style.js';
import type { TextLog } from './text-log.js';

export interface TableContext {
  readonly report: unknown;
  /** The section heading, to say where a piece of text is. */
  readonly where: string;
  readonly log: TextLog;
  readonly family: Readonly<Record<FontRole, string>>;
  /** Text widths at table size. */
  readonly measure: Measure;
  /** Line-height factor for table text. */
  readonly lineHeight: number;
}

const rule = 0.75;
const padding = 1.5;

const gridLines: CustomTableLayout = {
  hLineWidth: () => rule,
  vLineWidth: () => rule,
  paddingLeft: () => padding,
  paddingRight: () => padding,
  paddingTop: () => padding,
  paddingBottom: () => padding,
};

/** A value as entered: counts as integers, amounts (万元) with the decimals the user typed. */
function formatValue(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value;
  return '';
}

/** Content width of a cell spanning `colSpan` columns from `column`, as pdfmake lays it out. */
function cellWidth(widths: readonly number[], column: number, colSpan: number): number {
  const spanned = widths.slice(column, column + colSpan).reduce((sum, w) => sum + w, 0);
  return spanned + (colSpan - 1) * (2 * padding + rule);
}

/** A cell's content, and how many lines it takes. */
function cellContent(
  cell: LayoutCell,
  width: number,
  isHeader: boolean,
  context: TableContext,
): { content: TableCell; lines: number } {
  const text =
    cell.type === 'value'
      ? context.log.add(
          formatValue(
            readPath(context.report, [cell.cell.table, cell.cell.record, cell.cell.field]),
          ),
          'body',
          `${context.where}「${cellLabel(cell.cell)}」`,
        )
      : context.log.add(cell.text, 'body', `${context.where}表格「${cell.text}」`);
  const lines = breakLines([{ text, role: 'body' }], { width, measure: context.measure });
  const isCentred = cell.type === 'value' || isHeader || cell.rowSpan > 1;
  const content: TableCell = {
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    stack: lineContent(lines, { width, family: context.family }),
    alignment: isCentred ? 'center' : 'left',
    ...(cell.rowSpan === 1 ? { verticalAlignment: 'middle' as const } : {}),
  };
  return { content, lines: lines.length };
}

/** Each row's height in points: lines are broken here, so each line is one table pitch. */
function rowHeights(placed: readonly (readonly (PlacedCell | undefined)[])[]): number[] {
  const pitch = pageStyle.tableSize * pageStyle.tablePitch;
  return placed.map((row) =>
    Math.max(0, ...row.flatMap((cell) => (cell && cell.rowSpan === 1 ? [cell.lines * pitch] : []))),
  );
}

/**
 * pdfmake misplaces vertically centred cells that span rows, so those are centred here with a
 * top margin, from the rows' heights.
 */
function centreSpanningCells(
  placed: readonly (readonly (PlacedCell | undefined)[])[],
  heights: readonly number[],
): void {
  const pitch = pageStyle.tableSize * pageStyle.tablePitch;
  placed.forEach((row, r) => {
    for (const cell of row) {
      if (!cell || cell.rowSpan === 1) continue;
      const rows = heights.slice(r, r + cell.rowSpan);
      const room = rows.reduce((sum, h) => sum + h, 0) + (rows.length - 1) * (2 * padding + rule);
      const top = (room - cell.lines * pitch) / 2;
      if (top > 0) Object.assign(cell.content, { margin: [0, top, 0, 0] });
    }
  });
}

interface PlacedCell {
  readonly content: TableCell;
  readonly lines: number;
  readonly rowSpan: number;
}

/** A block taller than this may break across pages; shorter ones move to the next page whole. */
export const breakableHeight = textHeight / 3;

/** A table block as pdfmake content, and its height in points (rows do not break across pages). */
export interface TableBlock {
  readonly content: Content;
  readonly height: number;
  /** Height of its header rows and first body row: what must follow its heading on a page. */
  readonly headHeight: number;
}

function blockTable(
  block: BlockLayout,
  widths: readonly number[],
  context: TableContext,
): TableBlock {
  const placed = placeCells(block.rows, widths.length).map((row) =>
    row.map((cell) =>
      cell === 'covered'
        ? undefined
        : {
            ...cellContent(
              cell,
              cellWidth(widths, cell.col, cell.colSpan),
              cell.row < block.headerRows,
              context,
            ),
            rowSpan: cell.rowSpan,
          },
    ),
  );
  const heights = rowHeights(placed);
  const sumOf = (rows: readonly number[]) =>
    rows.reduce((sum, h) => sum + h + 2 * padding + rule, rule);
  const height = sumOf(heights);
  const headHeight = sumOf(heights.slice(0, block.headerRows + 1));
  // pdfmake gives a spanning cell's whole height to the rows after a page break: top-aligned
  // cells in a block that may break keep those rows their own height.
  if (height <= breakableHeight) centreSpanningCells(placed, heights);
  const body = placed.map((row) => row.map((cell): TableCell => cell?.content ?? {}));
  const content: Content = {
    table: {
      widths: [...widths],
      headerRows: block.headerRows,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body,
    },
    layout: gridLines,
    fontSize: pageStyle.tableSize,
    lineHeight: context.lineHeight,
  };
  return { content, height, headHeight };
}

/**
 * A table as pdfmake content, from its official layout alone: one pdfmake table per block,
 * so each block's own header repeats when it breaks across pages; blocks sit edge to edge.
 */
export function tableContent(layout: TableLayout, context: TableContext): TableBlock[] {
  const widths = columnWidths(layout, {
    measure: (text) => context.measure(text, 'body'),
    cellPadding: 2 * padding + rule,
    em: pageStyle.tableSize,
    // Each column brings its padding and one rule; the table's last rule closes it.
    available: textWidth - rule,
  });
  return layout.blocks.map((block) => blockTable(block, widths, context));
}
