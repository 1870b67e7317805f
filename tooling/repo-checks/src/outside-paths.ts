import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** A relative path written in a tracked file that leads outside the repository. */
export interface OutsidePath {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** The path as written. */
  readonly path: string;
}

// A run of `../` at the start of a string literal or a Markdown link target.
const relativePath = /(?<=['"`(])(?:\.\/)?(?:\.\.\/)+[^'"`)\s$]*/g;

/** Every `../…` path in `files` (relative to `root`) that resolves outside `root`. */
export function findOutsidePaths(root: string, files: readonly string[]): OutsidePath[] {
  const found: OutsidePath[] = [];
  for (const file of files) {
    const lines = readFileSync(resolve(root, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      for (const [path] of text.matchAll(relativePath)) {
        if (leavesRoot(root, resolve(root, dirname(file), path)))
          found.push({ file, line: index + 1, path });
      }
    });
  }
  return found;
}

function leavesRoot(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '..' || rel.startsWith(`..${sep}`);
}
