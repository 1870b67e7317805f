import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A template label written out in a source file. */
export interface SpelledLabel {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly label: string;
}

// Whole comment lines may quote the template (a JSDoc example); code and UI text may not.
const commentLine = /^\s*(?:\/\/|\/\*|\*|<!--)/;

/** Every line of `files` (relative to `root`) that contains one of `labels`; comment lines aside. */
export function findSpelledLabels(
  root: string,
  files: readonly string[],
  labels: readonly string[],
): SpelledLabel[] {
  const found: SpelledLabel[] = [];
  for (const file of files) {
    const lines = readFileSync(resolve(root, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (commentLine.test(text)) return;
      for (const label of labels)
        if (text.includes(label)) found.push({ file, line: index + 1, label });
    });
  }
  return found;
}
