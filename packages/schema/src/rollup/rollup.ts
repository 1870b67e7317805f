/** One report counted in a roll-up: its agency, and the stored report or file it came from. */
export interface RollupSource {
  readonly agency: string;
  readonly reportId?: string;
  readonly file?: string;
}

/** What a roll-up summed (contract §5): the reports included and the agencies with none. */
export interface Rollup {
  readonly included: readonly RollupSource[];
  readonly missing: readonly string[];
}

/** Why reports cannot be summed (mixed years or formats, nothing to sum): a Chinese message. */
export class RollupError extends Error {
  override readonly name = 'RollupError';
}
