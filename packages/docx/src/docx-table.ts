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

/** Grid column widths in twips: the label columns share 40 % of the text block when there are any. */
function columnWidths(width: number, labelColumns: number): number[] {
  const total = docxStyle.textWidth;
  if (labelColumns === 0) return Array.from({ length: width }, () => Math.floor(total / width));
  const label = Math.floor((total * labelShare) / labelColumns);
  const value = Math.floor((total * (1 - labelShare)) / (width - labelColumns));
  return Array.from({ length: width }, (_, i) => (i < labelColumns ? label : value));
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
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
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
