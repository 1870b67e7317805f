import type { PdfItem } from './pdf-items.js';
import type { PdfRule } from './pdf-rules.js';

/** A ruled cell of a table on a PDF page and the runs inside it. */
export interface RuledCell {
  readonly left: number;
  readonly top: number;
  /** Broken by the page: the cell goes on at the top of the next page. */
  readonly open: boolean;
  readonly items: PdfItem[];
}

// A rule reaches a point it ends this close to (rules meet at corners, borders have width).
const reach = 1.5;
// Where a run's middle sits below its top, as a share of the font size.
const middleOf = (item: PdfItem) => item.y - item.size * 0.4;
const reaches = (rule: PdfRule, at: number) => rule.from - reach <= at && at <= rule.to + reach;
// A wide (CJK, full-width) character takes about twice the room of a narrow one.
const widthOf = (c: string) => (c.charCodeAt(0) >= 0x2e80 ? 2 : 1);

/** A run drawn across a vertical rule (a label run into its value) cut where the rule passes. */
function splitAtRules(item: PdfItem, downs: readonly PdfRule[]): PdfItem[] {
  const middle = middleOf(item);
  const cuts = downs
    .filter(
      (r) => r.at > item.x + reach && r.at < item.x + item.width - reach && reaches(r, middle),
    )
    .map((r) => r.at)
    .sort((a, b) => a - b);
  if (cuts.length === 0) return [item];
  const characters = [...item.text];
  const unit = item.width / characters.reduce((sum, c) => sum + widthOf(c), 0);
  const pieces: PdfItem[] = [];
  let start = item.x;
  let text = '';
  let x = item.x;
  for (const c of characters) {
    const next = x + widthOf(c) * unit;
    if (cuts.some((cut) => cut > start && cut <= (x + next) / 2) && text) {
      pieces.push({ ...item, text, x: start, width: x - start });
      [start, text] = [x, ''];
    }
    text += c;
    x = next;
  }
  pieces.push({ ...item, text, x: start, width: x - start });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/** The nearest rule on one side of a point among those that reach across it. */
function nearest(rules: readonly PdfRule[], input: { at: number; across: number; after: boolean }) {
  let found: number | undefined;
  for (const rule of rules) {
    if (!reaches(rule, input.across)) continue;
    const ahead = input.after ? rule.at >= input.at : rule.at <= input.at;
    if (ahead && (found === undefined || Math.abs(rule.at - input.at) < Math.abs(found - input.at)))
      found = rule.at;
  }
  return found;
}

/** Runs inside ruled cells, grouped by cell; runs outside every table are left as `rest`. */
export function ruledCells(
  items: readonly PdfItem[],
  rules: readonly PdfRule[],
): { cells: RuledCell[]; rest: PdfItem[] } {
  const acrosses = rules.filter((r) => r.across);
  const downs = rules.filter((r) => !r.across);
  const cells = new Map<string, RuledCell>();
  const rest: PdfItem[] = [];
  for (const item of items.flatMap((i) => splitAtRules(i, downs))) {
    const x = item.x + item.width / 2;
    const y = middleOf(item);
    const left = nearest(downs, { at: x, across: y, after: false });
    const right = nearest(downs, { at: x, across: y, after: true });
    const top = nearest(acrosses, { at: y, across: x, after: false });
    const bottom = nearest(acrosses, { at: y, across: x, after: true });
    // A cell broken by the page lacks its rule above or below, not those at its sides.
    if (left === undefined || right === undefined || (top ?? bottom) === undefined) {
      rest.push(item);
      continue;
    }
    const key = `${left.toFixed(1)} ${top?.toFixed(1)}`;
    const cell = cells.get(key) ?? { left, top: top ?? 0, open: bottom === undefined, items: [] };
    cell.items.push(item);
    cells.set(key, cell);
  }
  return { cells: [...cells.values()], rest };
}
