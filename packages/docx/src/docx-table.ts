import {
  formatCellValue,
  readNumber,
  splitAddress,
  type BlockLayout,
  type LayoutCell,
  type TableLayout,
} from '@nianbao/schema';
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { docxStyle } from './docx-style.js';

/** Paragraph style ids of table text (defined in `render-docx.ts`): runs then carry no properties. */
export const tableStyles = { cell: 'nbTable', title: 'nbTableTitle' } as const;

const labelShare = 0.4;
const cellMargin = 57;
/** An outer label column (三、本年度办理结果) holds three characters a line, as in the PDF. */
const outerLabel = (3 * docxStyle.table.size * 20) / 2 + 2 * cellMargin;

/**
 * Grid column widths in twips: the label columns share 40 % of the text block when there are
 * any, the outer ones narrow and the innermost (1.属于国家秘密) the rest, so its labels keep to a line.
 */
function columnWidths(width: number, labelColumns: number): number[] {
  const total = docxStyle.textWidth;
  if (labelColumns === 0) return Array.from({ length: width }, () => Math.floor(total / width));
  const innermost = Math.floor(total * labelShare - (labelColumns - 1) * outerLabel);
  const value = Math.floor((total * (1 - labelShare)) / (width - labelColumns));
  return Array.from({ length: width }, (_, i) =>
    i < labelColumns - 1 ? outerLabel : i === labelColumns - 1 ? innermost : value,
  );
}

function cellOf(placed: LayoutCell, report: unknown): TableCell {
  const text =
    placed.type === 'value'
      ? formatCellValue(readNumber(report, splitAddress(placed.cell.address)))
      : placed.text;
  const isRowLabel = placed.type === 'label' && placed.role === 'row';
  return new TableCell({
    columnSpan: placed.colSpan,
    rowSpan: placed.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style:
          placed.type === 'label' && placed.role === 'title' ? tableStyles.title : tableStyles.cell,
        ...(isRowLabel ? { alignment: AlignmentType.LEFT } : {}),
        text,
      }),
    ],
  });
}

function blockTable(block: BlockLayout, width: number, report: unknown): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    margins: { left: cellMargin, right: cellMargin, top: 20, bottom: 20 },
    width: { size: docxStyle.textWidth, type: WidthType.DXA },
    columnWidths: columnWidths(width, block.labelColumns),
    rows: block.rows.map(
      (row, index) =>
        new TableRow({
          // Title and header rows repeat on every page the block runs onto.
          tableHeader: index < block.headerRows,
          cantSplit: true,
          children: row.map((placed) => cellOf(placed, report)),
        }),
    ),
  });
}

/**
 * One statistical table as DOCX tables, one per block (Word repeats only a table's first rows),
 * each with the layout's merged cells, its title and header rows marked to repeat.
 */
export function docxTables(layout: TableLayout, report: unknown): Table[] {
  return layout.blocks.map((block) => blockTable(block, layout.width, report));
}
