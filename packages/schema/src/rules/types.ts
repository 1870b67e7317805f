import type { AgencyLevel } from '../template/types.js';

/** An error blocks 提交 and 发布; a warning is shown and may stand. */
export type Severity = 'error' | 'warning';

/** One side's term of an equation: a cell of this report or of last year's. */
export interface Term {
  readonly address: string;
  readonly label: string;
  readonly sign: 1 | -1;
  readonly isPrevious: boolean;
}

/** `Σ left = Σ right`, checked for one scope (a row, a column, a group). */
export interface Equation {
  readonly scope: string;
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  /** The 总计 column's equation: it breaks whenever another column's does, so it is folded into theirs. */
  readonly isConsequence?: boolean;
}

interface RuleBase {
  readonly id: string;
  readonly severity: Severity;
  /** A short Chinese name for lists and documentation. */
  readonly title: string;
  /** The official source of the rule. */
  readonly basis: string;
  /** A Chinese message template; `{name}` placeholders are filled per finding. */
  readonly message: string;
}

/** A total cell equals the sum of its parts. `computeTotals` fills `left[0]` from `right`. */
export interface SumRule extends RuleBase {
  readonly kind: 'sum';
  readonly equations: readonly Equation[];
}

/** A balance between cells, possibly of last year's report. */
export interface EquationRule extends RuleBase {
  readonly kind: 'equation';
  readonly equations: readonly Equation[];
}

/** A prose section must not be empty. */
export interface NonEmptyRule extends RuleBase {
  readonly kind: 'nonEmpty';
  readonly fields: readonly {
    readonly address: string;
    readonly label: string;
    readonly emptyText?: string;
  }[];
}

/** Cells that must be zero for bodies of certain levels. */
export interface ZeroForLevelsRule extends RuleBase {
  readonly kind: 'zeroForLevels';
  readonly levels: readonly AgencyLevel[];
  readonly cells: readonly { readonly address: string; readonly label: string }[];
}

/** `publishedOn` must not be after the deadline in the year after the report's year. */
export interface DeadlineRule extends RuleBase {
  readonly kind: 'deadline';
  readonly deadlines: readonly {
    readonly levels: readonly AgencyLevel[];
    /** Only bodies whose name ends so, e.g. 人民政府 (contract §2: governments). */
    readonly nameEndsWith?: string;
    readonly month: number;
    readonly day: number;
  }[];
  readonly otherwise: { readonly month: number; readonly day: number };
}

/** A figure the prose states (“予以公开及部分公开258件”) and the total cells that hold it. */
export interface NarrativeClaim {
  /** What the figure counts, for messages, e.g. 予以公开及部分公开. */
  readonly label: string;
  /** A regular expression (source) for the words just before the number, e.g. 予以公开[及和、]部分公开. */
  readonly pattern: string;
  readonly cells: readonly string[];
  /** Other sums the same words may mean (收到申请 N 件: 一 alone, or 一 + 二); any one agreeing is enough. */
  readonly alternatives?: readonly (readonly string[])[];
}

/** Numbers stated in the prose must agree with the tables. */
export interface NarrativeNumbersRule extends RuleBase {
  readonly kind: 'narrativeNumbers';
  readonly fields: readonly { readonly address: string; readonly label: string }[];
  readonly claims: readonly NarrativeClaim[];
}

/**
 * Entries kept as typed in `invalidEntries` because they are not numbers (product contract §3);
 * `message` says `{text}`, `{problem}` and `{cell}`.
 */
export interface InvalidEntryRule extends RuleBase {
  readonly kind: 'invalidEntry';
  /** `{problem}` when the text is no number at all, and when it breaks its kind's rule (`{reason}`). */
  readonly problems: { readonly notNumber: string; readonly broken: string };
}

/** A prose section must mention each topic (a regular expression source); blank sections are left to `nonEmpty`. */
export interface ProseCoversRule extends RuleBase {
  readonly kind: 'proseCovers';
  /** The section the finding names; `message` says `{section}` and `{missing}`. */
  readonly field: { readonly address: string; readonly label: string };
  /** Other sections where a mention also counts (a fee stated in 二 rather than 六). */
  readonly alsoIn: readonly string[];
  readonly topics: readonly { readonly label: string; readonly pattern: string }[];
}

/** With last year's report: a prose section nearly the same text as last year's (雷同). */
export interface CopiedProseRule extends RuleBase {
  readonly kind: 'copiedProse';
  readonly fields: readonly { readonly address: string; readonly label: string }[];
  /** Share of the text (0–1, character pairs, digits ignored) at which a section counts as copied. */
  readonly threshold: number;
}

/** With last year's report: a count that jumped by more than `factor` and at least `minDifference`. */
export interface TrendRule extends RuleBase {
  readonly kind: 'trend';
  readonly cells: readonly { readonly address: string; readonly label: string }[];
  readonly factor: number;
  readonly minDifference: number;
}

/** A rule as declared in a template: its id, severity, Chinese title, official basis and what it checks. */
export type RuleDef =
  | SumRule
  | EquationRule
  | NonEmptyRule
  | ZeroForLevelsRule
  | DeadlineRule
  | NarrativeNumbersRule
  | InvalidEntryRule
  | ProseCoversRule
  | CopiedProseRule
  | TrendRule;

/** A change that certainly resolves a finding: put `value` into `cell`. */
export interface FindingFix {
  readonly cell: string;
  readonly value: number;
}

/** A problem found in a report: which rule, how bad, which cells, and what to tell the user. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly cells: readonly string[];
  readonly message: string;
  /** The cells most likely at fault: those of `cells` typed most recently (`ValidateOptions.typed`). */
  readonly suspects?: readonly string[];
  readonly fix?: FindingFix;
  /** A warning the report accepts with a reason (`report.accepted`); never set on errors. */
  readonly accepted?: true;
  /** The reason given when the warning was accepted. */
  readonly reason?: string;
}
