import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A line of code in a tracked file, comment lines left out. */
export interface CodeLine {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The line with a trailing `// …` comment removed. */
  readonly text: string;
}

// Whole comment lines may quote the template or an id as an example; code and UI text may not.
const commentLine = /^\s*(?:\/\/|\/\*|\*|<!--)/;
const trailingComment = /\s\/\/\s.*$/;

/** Every line of code of `files` (relative to `root`): comment lines and trailing comments aside. */
export function codeLines(root: string, files: readonly string[]): CodeLine[] {
  return files.flatMap((file) =>
    readFileSync(resolve(root, file), 'utf8')
      .split('\n')
      .flatMap((text, index) =>
        commentLine.test(text)
          ? []
          : [{ file, line: index + 1, text: text.replace(trailingComment, '') }],
      ),
  );
}
