import {
  computeTotals,
  readNumber,
  splitAddress,
  validate,
  type Finding,
  type Report,
} from '@nianbao/schema';
import { SvelteMap } from 'svelte/reactivity';
import { emptyHistory, record, redo, seal, undo, type History } from '$lib/grid/history';
import type { PastePlan } from '$lib/grid/paste-block';

/** Text in a cell that is not (yet) its number: while typing, or when it is not a valid number. */
export interface CellDraft {
  readonly text: string;
  readonly message?: string;
}

function withCells(report: Report, values: ReadonlyMap<string, number>): Report {
  const next = { ...report } as unknown as Record<string, Record<string, Record<string, number>>>;
  for (const [address, value] of values) {
    const [table, record, field] = splitAddress(address);
    const rows = (next[table] = { ...next[table] });
    rows[record] = { ...rows[record], [field]: value };
  }
  return next as unknown as Report;
}

const noFindings: readonly number[] = Object.freeze([]);

function indexByCell(findings: readonly Finding[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  findings.forEach((finding, i) => {
    for (const cell of finding.cells) index.set(cell, [...(index.get(cell) ?? []), i]);
  });
  return index;
}

/**
 * The report being edited: its values, totals and findings kept live as the user types, undo
 * and redo of cell edits, and a change counter that autosave watches.
 */
export class ReportEditor {
  report: Report;
  isEditable = $state(true);
  /** Grows with every change; autosave saves when it moves. */
  changes = $state(0);
  history = $state.raw<History>(emptyHistory);
  readonly drafts = new SvelteMap<string, CellDraft>();
  readonly previous: Report | undefined;

  /** The report as it is saved: totals computed from their parts. */
  readonly computed = $derived.by(() => computeTotals(this.report));
  readonly findings = $derived.by(() =>
    validate(this.computed, this.previous ? { previous: this.previous } : {}),
  );
  readonly findingsByCell = $derived(indexByCell(this.findings));
  readonly errorCount = $derived(this.findings.filter((f) => f.severity === 'error').length);

  constructor(report: Report, options: { previous?: Report; isEditable: boolean }) {
    this.report = $state.raw(report);
    this.previous = options.previous;
    this.isEditable = options.isEditable;
  }

  valueAt(address: string): number | undefined {
    return readNumber(this.computed, splitAddress(address));
  }

  /** Indexes into `findings` of the findings that name this cell. */
  findingsAt(address: string): readonly number[] {
    // One shared empty list: a cell without findings stays unchanged when others change.
    return this.findingsByCell.get(address) ?? noFindings;
  }

  /** Sets cells as one undo step; edits sharing `key` (one cell, one visit) merge. */
  setCells(values: ReadonlyMap<string, number>, key?: string): void {
    if (!this.isEditable) return;
    const changes = [...values].map(([address, after]) => ({
      address,
      before: readNumber(this.report, splitAddress(address)) ?? 0,
      after,
    }));
    if (changes.every((c) => c.before === c.after)) return;
    this.history = record(this.history, { changes, ...(key === undefined ? {} : { key }) });
    this.report = withCells(this.report, values);
    this.changes++;
  }

  /** Applies a checked paste: the good cells as one undo step, the bad ones left marked. */
  paste(plan: PastePlan): void {
    if (!this.isEditable) return;
    this.history = seal(this.history);
    for (const { address } of plan.changes) this.drafts.delete(address);
    for (const bad of plan.rejected)
      this.drafts.set(bad.address, { text: bad.text, message: bad.message });
    this.setCells(new Map(plan.changes.map((c) => [c.address, c.value])));
  }

  setNarrative(id: string, text: string): void {
    if (!this.isEditable || this.report.narrative[id] === text) return;
    this.report = { ...this.report, narrative: { ...this.report.narrative, [id]: text } };
    this.changes++;
  }

  /** Ends the edit of one cell: the next keystroke starts a new undo step. */
  sealEdit(): void {
    this.history = seal(this.history);
  }

  /** Undoes the last step; returns a cell it touched, to focus. */
  undo(): string | undefined {
    return this.travel(undo(this.history));
  }

  redo(): string | undefined {
    return this.travel(redo(this.history));
  }

  private travel(
    result: { history: History; restore: Map<string, number> } | undefined,
  ): string | undefined {
    if (!result || !this.isEditable) return undefined;
    this.history = result.history;
    for (const address of result.restore.keys()) this.drafts.delete(address);
    this.report = withCells(this.report, result.restore);
    this.changes++;
    return result.restore.keys().next().value;
  }

  /** Takes in others' changes merged with these; undo and cells being typed stay. */
  adopt(report: Report): void {
    this.report = report;
  }

  /** Replaces the whole report (the server's copy, or a recovered draft); undo starts afresh. */
  replace(report: Report, options: { isChange: boolean }): void {
    this.report = report;
    this.history = emptyHistory;
    this.drafts.clear();
    if (options.isChange) this.changes++;
  }
}
