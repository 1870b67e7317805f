import { codeLines } from './code-lines.js';

/** A template label written out in a source file. */
export interface SpelledLabel {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly label: string;
}

/** Every line of `files` (relative to `root`) that contains one of `labels`; comments aside. */
export function findSpelledLabels(
  root: string,
  files: readonly string[],
  labels: readonly string[],
): SpelledLabel[] {
  return codeLines(root, files).flatMap(({ file, line, text }) =>
    labels.filter((label) => text.includes(label)).map((label) => ({ file, line, label })),
  );
}
