import {
  proseSectionsOf,
  tableLayout,
  type Report,
  type TableValues,
  type TemplateDef,
} from '@nianbao/schema';
import type { Artefacts } from './artefacts.js';

/** A printed cell: its text as published, its spans, and whether it is a row's own label. */
export interface PrintedCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly isRowLabel: boolean;
}

export interface PrintedTable {
  readonly width: number;
  /** Each row's own cells (those that start in it), as in HTML. */
  readonly rows: readonly (readonly PrintedCell[])[];
}

export type Piece =
  | { readonly type: 'title' | 'date' | 'heading' | 'paragraph'; readonly text: string }
  | { readonly type: 'table'; readonly heading: string; readonly table: PrintedTable };

export interface PrintedReport {
  readonly title: string;
  readonly date: string;
  readonly pieces: readonly Piece[];
  /** Cells whose zero was printed as a blank. */
  readonly blanks: readonly string[];
}

/** Narrative paragraphs with sub-heads, as reports write them. */
export function sampleNarrative(report: Report, seed: number): Record<string, string> {
  return Object.fromEntries(
    Object.keys(report.narrative).map((id, i) => [
      id,
      id === 'other' && seed % 2 === 0
        ? '无。'
        : `（一）第${seed}号报告的第${i + 1}部分。\n本年度共办理事项${seed % 97}件，较上年增加。\n（二）改进措施\n进一步加强${id}工作。`,
    ]),
  );
}

/** Lays a report out as its publisher would: title, date, headings, prose and tables. */
export function printReport(
  report: Report,
  template: TemplateDef,
  artefacts: Artefacts,
): PrintedReport {
  const title = artefacts.chance(0.5)
    ? `${report.agency.name}${report.year}年度政府信息公开工作年度报告`
    : `${report.year}年${report.agency.name}政府信息公开工作年度报告`;
  const date = report.publishedOn ?? '';
  const blanks: string[] = [];
  const tables = report as unknown as Record<string, TableValues>;
  const prose = new Set(proseSectionsOf(template).map((section) => section.id));
  const pieces: Piece[] = [
    { type: 'title', text: title },
    { type: 'date', text: date },
  ];
  for (const section of template.sections) {
    if (prose.has(section.id) || section.kind === 'prose') {
      pieces.push({ type: 'heading', text: section.heading });
      for (const text of (report.narrative[section.id] ?? '').split('\n')) {
        pieces.push({ type: 'paragraph', text });
      }
      continue;
    }
    const layout = tableLayout(section.table);
    const rows: PrintedCell[][] = [];
    for (const block of layout.blocks) {
      if (block.title) {
        rows.push([
          {
            text: artefacts.label(block.title),
            rowSpan: 1,
            colSpan: layout.width,
            isRowLabel: false,
          },
        ]);
      }
      for (const header of block.header) {
        rows.push(
          header.map((cell) => ({
            text: cell.type === 'label' ? artefacts.label(cell.text) : '',
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            isRowLabel: false,
          })),
        );
      }
      for (const body of block.body) {
        const lastLabel = body.findLastIndex((cell) => cell.type === 'label');
        rows.push(
          body.map((cell, index): PrintedCell => {
            if (cell.type === 'label') {
              return {
                text: artefacts.label(cell.text),
                rowSpan: cell.rowSpan,
                colSpan: cell.colSpan,
                isRowLabel: index === lastLabel,
              };
            }
            const value = tables[cell.cell.table]?.[cell.cell.record]?.[cell.cell.field] ?? 0;
            const printed = artefacts.number(value, cell.cell.kind);
            if (printed.blank) blanks.push(cell.cell.address);
            return { text: printed.text, rowSpan: 1, colSpan: cell.colSpan, isRowLabel: false };
          }),
        );
      }
    }
    pieces.push({ type: 'heading', text: section.heading });
    pieces.push({
      type: 'table',
      heading: section.heading,
      table: { width: layout.width, rows },
    });
  }
  return { title, date, pieces, blanks };
}

/** Where each row's cells sit in the grid: its own cells, or a slot covered from the left or above. */
export type Slot = PrintedCell | 'left' | 'above';

export function gridOf(table: PrintedTable): Slot[][] {
  const grid: (Slot | undefined)[][] = table.rows.map(() => Array<Slot | undefined>(table.width));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const target = grid[r + dr];
          if (target) target[c + dc] = dr === 0 ? (dc === 0 ? cell : 'left') : 'above';
        }
      }
      c += cell.colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (slot) => slot ?? 'left'));
}
