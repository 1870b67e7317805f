import type { DocumentIndex } from './document-index.js';
import { isNumberCell } from './document-index.js';
import { isEmptyCell } from './document.js';
import { fitValues } from './fit-values.js';
import { normalizeLabel, similarity } from './normalize.js';
import type { RowPlan, TablePlan } from './table-plan.js';

/** What was found of one table: each found row's value cells as published. */
export interface TableMatch {
  readonly plan: TablePlan;
  readonly values: ReadonlyMap<RowPlan, readonly (string | undefined)[]>;
  /** How well the document fits the table: exact label matches count double. */
  readonly score: number;
}

interface Hit {
  readonly row: RowPlan;
  /** The cells after the row's label (all cells for an unlabelled row). */
  readonly rest: readonly string[];
  readonly lines: number;
  readonly isExact: boolean;
}

const maxSplitLines = 3;
const fuzzyThreshold = 0.7;

function exactHit(plan: TablePlan, keys: readonly string[], taken: ReadonlySet<RowPlan>) {
  for (let k = keys.length - 1; k >= 0; k--) {
    const rows = plan.rowsByLabel.get(keys[k] ?? '');
    const row = rows?.find((candidate) => !taken.has(candidate));
    if (row) return { row, at: k };
    if (rows) return undefined; // a repeated row: already read
  }
  return undefined;
}

/** A label broken over lines by the copy: the last cell continues on the next line(s). */
function splitHit(
  plan: TablePlan,
  index: DocumentIndex,
  start: number,
  end: number,
  taken: ReadonlySet<RowPlan>,
): Hit | undefined {
  // Join the raw pieces: “2” and “、重复申请” only read as a label together.
  let raw = index.lines[start]?.cells.at(-1) ?? '';
  const first = normalizeLabel(raw);
  if (!first || plan.rowsByLabel.has(first) || plan.otherLabels.has(first)) return undefined;
  for (let next = start + 1; next < Math.min(end, start + maxSplitLines); next++) {
    const cells = index.lines[next]?.cells ?? [];
    raw += cells[0] ?? '';
    const joined = normalizeLabel(raw);
    const row = plan.rowsByLabel.get(joined)?.find((candidate) => !taken.has(candidate));
    if (row) {
      return {
        row,
        rest: cells.slice(1),
        lines: next - start + 1,
        isExact: true,
      };
    }
    if (cells.length > 1) return undefined;
  }
  return undefined;
}

function fuzzyHit(
  plan: TablePlan,
  keys: readonly string[],
  cells: readonly string[],
  taken: ReadonlySet<RowPlan>,
): Hit | undefined {
  if (!cells.some(isNumberCell)) return undefined;
  let best: { row: RowPlan; at: number; score: number } | undefined;
  keys.forEach((key, at) => {
    if (key.length < 2 || plan.otherLabels.has(key) || isNumberCell(cells[at] ?? '')) return;
    for (const row of plan.rows) {
      if (row.label === undefined || taken.has(row)) continue;
      const score = similarity(key, row.label);
      if (score >= fuzzyThreshold && score > (best?.score ?? 0)) best = { row, at, score };
    }
  });
  return best && { row: best.row, rest: cells.slice(best.at + 1), lines: 1, isExact: false };
}

const headerMatches = (keys: readonly string[], texts: ReadonlySet<string>): number =>
  keys.filter((key) => key && texts.has(key)).length;

/** Unlabelled rows (table 四's) are the rows right under their block's header. */
function unlabelledHits(
  plan: TablePlan,
  index: DocumentIndex,
  lines: readonly number[],
  hitLines: ReadonlySet<number>,
): Hit[] {
  const hits: Hit[] = [];
  for (const block of plan.blocks) {
    const wanted = block.rows.filter((row) => row.label === undefined);
    if (wanted.length === 0) continue;
    const needed = Math.min(2, block.headerTexts.size);
    let at = lines.findIndex((i) => headerMatches(index.keys(i), block.headerTexts) >= needed);
    if (at < 0) continue;
    while (
      at + 1 < lines.length &&
      headerMatches(index.keys(lines[at + 1] ?? -1), block.headerTexts) > 0
    )
      at++;
    for (const line of lines.slice(at + 1)) {
      const row = wanted[0];
      if (!row) break;
      const cells = index.lines[line]?.cells ?? [];
      if (hitLines.has(line)) break;
      if (!index.lines[line]?.isRow && cells.every(isEmptyCell)) continue;
      hits.push({ row, rest: cells, lines: 1, isExact: true });
      wanted.shift();
    }
  }
  return hits;
}

/** Finds a table's rows among the given lines by the template's labels. */
export function matchTable(
  plan: TablePlan,
  index: DocumentIndex,
  lines: readonly number[],
): TableMatch {
  const taken = new Set<RowPlan>();
  const hits: Hit[] = [];
  const hitLines = new Set<number>();
  const missed: number[] = [];
  const end = (lines.at(-1) ?? 0) + 1;
  for (let n = 0; n < lines.length; n++) {
    const i = lines[n] ?? 0;
    const keys = index.keys(i);
    const exact = exactHit(plan, keys, taken);
    const hit = exact
      ? {
          row: exact.row,
          rest: index.lines[i]?.cells.slice(exact.at + 1) ?? [],
          lines: 1,
          isExact: true,
        }
      : splitHit(plan, index, i, end, taken);
    if (!hit) {
      missed.push(i);
      continue;
    }
    taken.add(hit.row);
    hits.push(hit);
    for (let j = 0; j < hit.lines; j++) hitLines.add(i + j);
    n += hit.lines - 1;
  }
  const labelled = plan.rows.filter((row) => row.label !== undefined).length;
  for (const i of taken.size < labelled ? missed : []) {
    const hit = fuzzyHit(plan, index.keys(i), index.lines[i]?.cells ?? [], taken);
    if (!hit) continue;
    taken.add(hit.row);
    hits.push(hit);
    hitLines.add(i);
  }
  hits.push(...unlabelledHits(plan, index, lines, hitLines));
  const values = new Map(hits.map((hit) => [hit.row, fitValues(hit.rest, hit.row.spans)] as const));
  const score = hits.reduce((sum, hit) => sum + (hit.isExact ? 2 : 1), 0);
  return { plan, values, score };
}
