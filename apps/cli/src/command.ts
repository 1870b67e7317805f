import type { Io } from './io.js';

/** A subcommand of `nianbao`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A mistake in how the command was called: shown with the command's usage, exit 2. */
export class UsageError extends Error {}
