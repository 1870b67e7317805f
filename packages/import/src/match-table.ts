import type { DocumentIndex } from './document-index.js';
import { isNumberCell } from './document-index.js';
import { normalizeLabel, similarity } from './normalize.js';
import { rowValues, valuesAfter, valuesFollow, type RowCells } from './row-values.js';
import type { RowPlan, TablePlan } from './table-plan.js';
import { unlabelledHits } from './unlabelled-rows.js';
import { isValueText } from './value-text.js';

/** What was found of one table: each found row's value cells as published. */
export interface TableMatch {
  readonly plan: TablePlan;
  readonly values: ReadonlyMap<RowPlan, readonly (string | undefined)[]>;
  /** Rows found whose values could not be placed: how many values were printed. */
  readonly miscounted: ReadonlyMap<RowPlan, number>;
  /** How well the document fits the table: exact label matches count double. */
  readonly score: number;
}

interface Hit {
  readonly row: RowPlan;
  /** The cells after the row's label (all cells for an unlabelled row). */
  readonly rest: readonly string[];
  readonly lines: number;
  readonly isExact: boolean;
  readonly loose?: boolean;
}

/** A hit whose label stands alone takes the values printed after it; a loose line's are loose. */
function withValues(hit: Hit, index: DocumentIndex, at: number, end: number): Hit {
  const last = index.lines[at + hit.lines - 1];
  if (!valuesFollow(hit.rest, last?.isRow ?? false))
    return { ...hit, loose: hit.loose ?? last?.loose === true };
  const after = valuesAfter(index, at + hit.lines, end);
  return { ...hit, rest: after.rest, loose: after.loose, lines: hit.lines + after.extraLines };
}

const maxSplitLines = 3;
const fuzzyThreshold = 0.7;

function exactHit(
  plan: TablePlan,
  keys: readonly string[],
  taken: ReadonlySet<RowPlan>,
  loose = false,
) {
  for (let k = keys.length - 1; k >= 0; k--) {
    // Layout text may split a label at a wide space: join it back from the parts before.
    for (let j = k, label = keys[k] ?? ''; j >= 0 && label; label = (keys[--j] ?? '') + label) {
      const rows = plan.rowsByLabel.get(label);
      const row = rows?.find((candidate) => !taken.has(candidate));
      if (row) return { row, at: k };
      if (rows) return undefined; // a repeated row: already read
      if (!loose || !keys[j - 1]) break;
    }
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
  for (const raw of index.lastCells(start)) {
    const hit = splitFrom(plan, index, { start, end, raw }, taken);
    if (hit) return hit;
  }
  return undefined;
}

const continuesLabel = (plan: TablePlan, taken: ReadonlySet<RowPlan>, label: string) =>
  plan.rows.some((row) => !taken.has(row) && row.label?.startsWith(label));

/**
 * The piece of a split label on a layout-text line: the cell before the values, joined with the
 * cells before it while the label still reads on (a wide space may split the piece itself).
 */
function loosePiece(
  plan: TablePlan,
  taken: ReadonlySet<RowPlan>,
  raw: string,
  cells: readonly string[],
  at: number,
): string {
  let piece = cells[at] ?? '';
  for (let j = at - 1; j >= 0; j--) {
    const longer = (cells[j] ?? '') + piece;
    if (!continuesLabel(plan, taken, normalizeLabel(raw + longer))) break;
    piece = longer;
  }
  return piece;
}

function splitFrom(
  plan: TablePlan,
  index: DocumentIndex,
  at: { start: number; end: number; raw: string },
  taken: ReadonlySet<RowPlan>,
): Hit | undefined {
  const { start, end } = at;
  // Join the raw pieces: “2” and “、重复申请” only read as a label together.
  let raw = at.raw;
  const first = normalizeLabel(raw);
  if (!first || plan.rowsByLabel.has(first) || plan.otherLabels.has(first)) return undefined;
  // The values may sit on a middle line of a label wrapped over three (a PDF centres them).
  let values: { rest: readonly string[]; loose: boolean } | undefined;
  for (let next = start + 1; next < Math.min(end, start + maxSplitLines); next++) {
    const line = index.lines[next];
    const cells = line?.cells ?? [];
    // The label's piece is the cell before the values; a group label's piece may come first.
    const firstValue = line?.loose ? cells.findIndex(isValueText) : 1;
    const at = Math.max(0, (firstValue < 0 ? cells.length : firstValue) - 1);
    raw += line?.loose ? loosePiece(plan, taken, raw, cells, at) : (cells[at] ?? '');
    const joined = normalizeLabel(raw);
    if (cells.length > at + 1) {
      if (values) return undefined;
      values = { rest: cells.slice(at + 1), loose: line?.loose === true };
    }
    const row = plan.rowsByLabel.get(joined)?.find((candidate) => !taken.has(candidate));
    if (row) {
      const lines = next - start + 1;
      return { row, rest: values?.rest ?? [], lines, isExact: true, loose: values?.loose };
    }
    if (values && !continuesLabel(plan, taken, joined)) {
      return undefined;
    }
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
    // A blank line is no row (a browser's copy has one between every two cells).
    if (index.filled(i).length === 0) continue;
    const keys = index.keys(i);
    const exact = exactHit(plan, keys, taken, index.lines[i]?.loose === true);
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
    const read = withValues(hit, index, i, end);
    taken.add(read.row);
    hits.push(read);
    for (let j = 0; j < read.lines; j++) hitLines.add(i + j);
    n += read.lines - 1;
  }
  const labelled = plan.rows.filter((row) => row.label !== undefined).length;
  for (const i of taken.size < labelled ? missed : []) {
    const hit = fuzzyHit(plan, index.keys(i), index.lines[i]?.cells ?? [], taken);
    if (!hit) continue;
    taken.add(hit.row);
    hits.push(hit);
    hitLines.add(i);
  }
  const found: { row: RowPlan; cells: RowCells; isExact: boolean }[] = hits.map((hit) => ({
    row: hit.row,
    cells: { rest: hit.rest, loose: hit.loose === true, extraLines: 0 },
    isExact: hit.isExact,
  }));
  for (const hit of unlabelledHits(plan, index, lines, hitLines))
    found.push({ ...hit, isExact: true });
  const values = new Map<RowPlan, (string | undefined)[]>();
  const miscounted = new Map<RowPlan, number>();
  for (const { row, cells } of found) {
    const read = rowValues(row, cells);
    if ('texts' in read) values.set(row, read.texts);
    else miscounted.set(row, read.count);
  }
  const score = found.reduce((sum, hit) => sum + (hit.isExact ? 2 : 1), 0);
  return { plan, values, miscounted, score };
}
