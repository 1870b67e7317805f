/** Where a command writes; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly isTTY: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  // Undefined, not false, when stderr is a pipe or a file, whatever @types/node says.
  isTTY: (process.stderr.isTTY as boolean | undefined) === true,
};

/** Exit codes shared by every command. */
export const exitCodes = { ok: 0, findings: 1, unreadable: 2 } as const;
