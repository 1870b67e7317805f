import { computeTotals } from './compute-totals.js';
import { cloneJson, mergeUnitsOf, sameJson, type JsonObject } from './merge-units.js';
import type { Report } from './report.js';

/** A unit both sides changed, each differently: a person must choose. */
export interface MergeClash {
  /** A cell address, `narrative.<section>`, `invalidEntries.<key>` or a top-level field. */
  readonly address: string;
  /** Its Chinese name, e.g. the section's heading or the cell's table and labels. */
  readonly label: string;
  /** What each side shows there: a cell's number, or its entry as typed when not a number. */
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

/** A merge: `merged` when no unit clashed; otherwise the clashes, with `mine` kept in each. */
export type MergeResult =
  | { readonly kind: 'merged'; readonly report: Report }
  | { readonly kind: 'clash'; readonly report: Report; readonly clashes: readonly MergeClash[] };

/** Which side a person chose for a clashing unit, by its address. */
export type MergeChoices = Readonly<Record<string, 'mine' | 'theirs'>>;

/**
 * Three-way merge of two reports made from one `base`: each table cell, prose section, invalid
 * entry and other top-level field changed on one side only takes that side's value; one changed
 * to the same value on both sides is that value; one changed differently on both is a clash
 * unless `choices` names a side for its address. Totals are recomputed, never merged. Pure.
 * @example mergeReports({ base, mine, theirs }).kind // 'merged' when they edited different cells
 */
export function mergeReports(sides: {
  readonly base: Report;
  readonly mine: Report;
  readonly theirs: Report;
  readonly choices?: MergeChoices;
}): MergeResult {
  const base = sides.base as unknown as JsonObject;
  const mine = sides.mine as unknown as JsonObject;
  const theirs = sides.theirs as unknown as JsonObject;
  const merged = cloneJson(mine);
  const clashes: MergeClash[] = [];
  for (const unit of mergeUnitsOf([base, mine, theirs])) {
    const [was, ours, other] = [base, mine, theirs].map(unit.read);
    if (sameJson(ours, other) || sameJson(other, was)) continue;
    const choice = sameJson(ours, was) ? 'theirs' : sides.choices?.[unit.address];
    if (choice === 'theirs') unit.copy(merged, theirs);
    else if (choice === undefined)
      clashes.push({
        address: unit.address,
        label: unit.label,
        base: was,
        mine: ours,
        theirs: other,
      });
  }
  const report = computeTotals(merged as unknown as Report);
  return clashes.length === 0 ? { kind: 'merged', report } : { kind: 'clash', report, clashes };
}
