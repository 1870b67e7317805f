import type { DocumentIndex } from './document-index.js';
import { isEmptyCell } from './document.js';
import { valuesAfter, type RowCells } from './row-values.js';
import type { RowPlan, TablePlan } from './table-plan.js';

/** An unlabelled row found right under its block's header, with the cells that hold its values. */
export interface UnlabelledHit {
  readonly row: RowPlan;
  readonly cells: RowCells;
}

function headerMatches(keys: readonly string[], texts: ReadonlySet<string>): number {
  let count = 0;
  for (const key of keys) if (key && texts.has(key)) count++;
  return count;
}

/** The position in `lines` of a block header's last line: on one row, or one label per line. */
function headerEnd(
  index: DocumentIndex,
  lines: readonly number[],
  texts: ReadonlySet<string>,
): number {
  const needed = Math.min(2, texts.size);
  let run = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? -1;
    const matched = headerMatches(index.parts(line), texts);
    const blank = index.filled(line).length === 0;
    if (matched === 0 && !blank) run = 0;
    run += matched;
    if (run < needed) continue;
    let end = n;
    for (let next = n + 1; next < lines.length; next++) {
      const at = lines[next] ?? -1;
      if (headerMatches(index.parts(at), texts) > 0) end = next;
      else if (index.filled(at).length > 0) break;
    }
    return end;
  }
  return -1;
}

/** Unlabelled rows (table 四's) are the rows right under their block's header. */
export function unlabelledHits(
  plan: TablePlan,
  index: DocumentIndex,
  lines: readonly number[],
  hitLines: ReadonlySet<number>,
): UnlabelledHit[] {
  const hits: UnlabelledHit[] = [];
  for (const block of plan.blocks) {
    const wanted = block.rows.filter((row) => row.label === undefined);
    if (wanted.length === 0) continue;
    const at = headerEnd(index, lines, block.headerTexts);
    if (at < 0) continue;
    for (let n = at + 1; n < lines.length; n++) {
      const row = wanted[0];
      const line = lines[n] ?? -1;
      const printed = index.lines[line];
      if (!row || !printed || hitLines.has(line)) break;
      if (!printed.isRow && printed.cells.every(isEmptyCell)) continue;
      if (printed.isRow && !printed.loose) {
        hits.push({ row, cells: { rest: printed.cells, loose: false, extraLines: 0 } });
      } else {
        if (index.filled(line).length === 0) continue;
        const cells = valuesAfter(index, line, (lines.at(-1) ?? line) + 1);
        if (cells.rest.length === 0) break;
        hits.push({ row, cells });
        n += Math.max(0, cells.extraLines - 1);
      }
      wanted.shift();
    }
  }
  return hits;
}
