import type { AgencyLevel } from '../template/types.js';

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
    readonly month: number;
    readonly day: number;
  }[];
  readonly otherwise: { readonly month: number; readonly day: number };
}

export type RuleDef = SumRule | EquationRule | NonEmptyRule | ZeroForLevelsRule | DeadlineRule;

/** A problem found in a report: which rule, how bad, which cells, and what to tell the user. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly cells: readonly string[];
  readonly message: string;
}
