import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOutsidePaths } from './outside-paths.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Text files a test, script, config or document may name a path in; binaries and the lockfile aside.
const textFile = /\.(?:[cm]?[jt]s|svelte|json|md|sh|ya?ml|html)$|(?:^|\/)run$/;

const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => textFile.test(file) && file !== 'pnpm-lock.yaml');

describe('the repository stands alone', () => {
  it('no tracked file refers to a path outside the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(findOutsidePaths(root, files)).toEqual([]);
  });
});

describe('findOutsidePaths', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'nianbao-paths-'));
  mkdirSync(join(fixture, 'packages/a/src'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(fixture, file), text);
  // Built, not written out, so the scan of this very file finds neither.
  const up = '../'.repeat(4);
  const beside = ['shared', ''].join('/');

  it('finds a test reading a fixture beside the repository, with its line', () => {
    write(
      'packages/a/src/x.test.ts',
      `const a = 1;\nreadFileSync(new URL('${up}shared/fixtures/r.txt', import.meta.url));\n`,
    );
    expect(findOutsidePaths(fixture, ['packages/a/src/x.test.ts'])).toEqual([
      { file: 'packages/a/src/x.test.ts', line: 2, path: `${up}shared/fixtures/r.txt` },
    ]);
  });

  it('finds template literals and Markdown links', () => {
    write('packages/a/src/y.ts', `const u = \`${up}shared/\${name}\`;\n`);
    write('README.md', `See [the spec](../${beside}spec/format-2021.md).\n`);
    expect(findOutsidePaths(fixture, ['packages/a/src/y.ts', 'README.md'])).toEqual([
      { file: 'packages/a/src/y.ts', line: 1, path: `${up}shared/` },
      { file: 'README.md', line: 1, path: `../${beside}spec/format-2021.md` },
    ]);
  });

  it('accepts paths that stay inside, up to the root itself', () => {
    write('packages/a/src/z.ts', "import '../../b/src/index.js';\nnew URL('../../..', base);\n");
    expect(findOutsidePaths(fixture, ['packages/a/src/z.ts'])).toEqual([]);
  });
});
