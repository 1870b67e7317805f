import { codeLines } from './code-lines.js';

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
/** Every string literal in `files` (relative to `root`) that is exactly one of `ids`; comments aside. */
export function findSpelledIds(
  root: string,
  files: readonly string[],
  ids: ReadonlySet<string>,
): SpelledId[] {
  return codeLines(root, files).flatMap(({ file, line, text }) =>
    [...text.matchAll(literal)].flatMap(([, , id]) =>
      id !== undefined && ids.has(id) ? [{ file, line, id }] : [],
    ),
  );
}
