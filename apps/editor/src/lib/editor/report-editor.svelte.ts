import {
  acceptWarning,
  computeTotals,
  markProseEdited,
  readNumber,
  splitAddress,
  validate,
  withoutAcceptancesOf,
  type Finding,
  type Report,
  type ValidateOptions,
} from '@nianbao/schema';
import { SvelteMap } from 'svelte/reactivity';
import {
  emptyHistory,
  record,
  redo,
  seal,
  undo,
  type CellContent,
  type History,
} from '$lib/grid/history';
import type { PastePlan } from '$lib/grid/paste-block';
import { cellFindings, noCellFindings, type CellFindings } from './cell-findings';
import { withContents } from './with-contents';

/** Text in a cell as typed, shown while the cell has focus or an input method composes. */
export interface CellDraft {
  readonly text: string;
  /** Why the text is not taken; entries that are not numbers go to `invalidEntries` instead. */
  readonly message?: string;
}

/** What a rule pack sets for validate: warnings switched off or on, and a local deadline. */
export type RulePackOptions = Pick<ValidateOptions, 'rules' | 'deadline'>;

const noFindings: readonly number[] = Object.freeze([]);

// Every cell asks for its value on every edit: its address is split once.
const paths = new Map<string, ReturnType<typeof splitAddress>>();
function pathOf(address: string): ReturnType<typeof splitAddress> {
  let path = paths.get(address);
  if (!path) paths.set(address, (path = splitAddress(address)));
  return path;
}

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
  /** Cells typed since the report last had no error, most recent last: the findings' suspects. */
  typed = $state.raw<readonly string[]>([]);

  /** The report as it is saved: totals computed from their parts. */
  readonly computed = $derived.by(() => computeTotals(this.report));
  /** The rule pack of the report's agency (warnings switched off or on, a local deadline). */
  pack = $state.raw<RulePackOptions>({});
  readonly findings = $derived.by(() =>
    validate(this.computed, {
      typed: this.typed,
      ...this.pack,
      ...(this.previous ? { previous: this.previous } : {}),
    }),
  );
  readonly findingsByCell = $derived(indexByCell(this.findings));
  private readonly cellFindings = $derived(cellFindings(this.findings));
  readonly errorCount = $derived(this.findings.filter((f) => f.severity === 'error').length);
  /** How many cells hold an entry kept as typed because it is not a number. */
  readonly invalidCount = $derived.by(() => Object.keys(this.report.invalidEntries ?? {}).length);

  constructor(report: Report, options: { previous?: Report; isEditable: boolean }) {
    this.report = $state.raw(report);
    this.previous = options.previous;
    this.isEditable = options.isEditable;
  }

  valueAt(address: string): number | undefined {
    return readNumber(this.computed, pathOf(address));
  }

  /** The text kept as typed in a cell whose entry is not a number, if any. */
  invalidAt(address: string): string | undefined {
    const entries = this.report.invalidEntries;
    return entries && Object.hasOwn(entries, address) ? entries[address] : undefined;
  }

  /** What a cell holds: its text when the entry is not a number, else its stored number. */
  contentAt(address: string): CellContent {
    return this.invalidAt(address) ?? readNumber(this.report, pathOf(address)) ?? 0;
  }

  /** How the findings mark this cell; the same value while no finding names it. */
  findingsOf(address: string): CellFindings {
    return this.cellFindings.get(address) ?? noCellFindings;
  }

  /** Indexes into `findings` of the findings that name this cell. */
  findingsAt(address: string): readonly number[] {
    // One shared empty list: a cell without findings stays unchanged when others change.
    return this.findingsByCell.get(address) ?? noFindings;
  }

  /**
   * Sets cells as one undo step; edits sharing `key` (one cell, one visit) merge. Text is an
   * entry that is not a number: kept as typed in `invalidEntries`, the cell's number unchanged.
   */
  setCells(contents: ReadonlyMap<string, CellContent>, key?: string): void {
    if (!this.isEditable) return;
    const changes = [...contents].map(([address, after]) => ({
      address,
      before: this.contentAt(address),
      after,
    }));
    if (changes.every((c) => c.before === c.after)) return;
    const since = this.errorCount === 0 ? [] : this.typed;
    const typed = changes.map((c) => c.address);
    this.typed = [...since.filter((a) => !typed.includes(a)), ...typed].slice(-50);
    this.history = record(this.history, { changes, ...(key === undefined ? {} : { key }) });
    this.report = withoutAcceptancesOf(withContents(this.report, contents), contents.keys());
    this.changes++;
  }

  /** Applies a checked paste as one undo step: numbers, and bad cells' text kept as typed. */
  paste(plan: PastePlan): void {
    if (!this.isEditable) return;
    this.history = seal(this.history);
    const contents = new Map<string, CellContent>();
    for (const { address, value } of plan.changes) contents.set(address, value);
    for (const { address, text } of plan.rejected) contents.set(address, text);
    for (const address of contents.keys()) this.drafts.delete(address);
    this.setCells(contents);
    this.history = seal(this.history);
  }

  setNarrative(id: string, text: string): void {
    if (!this.isEditable || this.report.narrative[id] === text) return;
    const edited = withoutAcceptancesOf(markProseEdited(this.report, `narrative.${id}`), [
      `narrative.${id}`,
    ]);
    this.report = { ...edited, narrative: { ...this.report.narrative, [id]: text } };
    this.changes++;
  }

  /** Accepts a warning with a reason; the server signs who accepted it when it saves. */
  acceptWarning(finding: Finding, reason: string): void {
    if (!this.isEditable) return;
    const { accepted } = acceptWarning(this.computed, finding, {
      reason,
      by: '',
      at: new Date().toISOString(),
    });
    this.report = accepted ? { ...this.report, accepted } : this.report;
    this.changes++;
  }

  /** Applies a finding's certain fix (“改为 10”) as one undoable step. */
  applyFix(finding: Finding): string | undefined {
    if (!finding.fix) return undefined;
    this.sealEdit();
    this.setCells(new Map([[finding.fix.cell, finding.fix.value]]));
    this.sealEdit();
    return finding.fix.cell;
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
    result: { history: History; restore: Map<string, CellContent> } | undefined,
  ): string | undefined {
    if (!result || !this.isEditable) return undefined;
    this.history = result.history;
    for (const address of result.restore.keys()) this.drafts.delete(address);
    this.report = withoutAcceptancesOf(
      withContents(this.report, result.restore),
      result.restore.keys(),
    );
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
