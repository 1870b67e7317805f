import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built command's entry point. */
export const cliEntry = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `nianbao` in `cwd`, as a user would (`pnpm build` first; turbo does it for `test`). */
export const nianbao = (args: readonly string[], cwd: string): Promise<Outcome> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliEntry, ...args],
      { cwd, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
