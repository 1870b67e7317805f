import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** An id written out as a whole string literal in a source file. */
export interface SpelledId {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The id as written, without its quotes. */
  readonly id: string;
}

// A quoted run of id characters: 'narrative.numbers', "requests.received.natural", `schema`.
const literal = /(['"`])([\w.-]+)\1/g;
// Comments may name an id as an example: whole comment lines, and `// …` after code.
const commentLine = /^\s*(?:\/\/|\/\*|\*|<!--)/;
const trailingComment = /\s\/\/\s.*$/;

/** Every string literal in `files` (relative to `root`) that is exactly one of `ids`; comments aside. */
export function findSpelledIds(
  root: string,
  files: readonly string[],
  ids: ReadonlySet<string>,
): SpelledId[] {
  const found: SpelledId[] = [];
  for (const file of files) {
    const lines = readFileSync(resolve(root, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (commentLine.test(text)) return;
      for (const [, , id] of text.replace(trailingComment, '').matchAll(literal)) {
        if (id !== undefined && ids.has(id)) found.push({ file, line: index + 1, id });
      }
    });
  }
  return found;
}
