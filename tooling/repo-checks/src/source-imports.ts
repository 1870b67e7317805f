// What a package's tests check: every workspace package they import comes from its src/.
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

type Exports = Record<string, string | Record<string, string>>;
interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Exports;
}

const read = (url: URL): Manifest => JSON.parse(readFileSync(url, 'utf8')) as Manifest;

/**
 * Every entry point of the workspace packages that the package at `packageJson` depends on and
 * that `resolve` (the test's `import.meta.resolve`) does not find at its `@nianbao/source` file,
 * as `specifier → where it went`; empty when the tests run against source throughout.
 */
export function builtWorkspaceImports(
  packageJson: URL,
  resolve: (specifier: string) => string,
): string[] {
  const manifest = read(packageJson);
  const dependencies = { ...manifest.dependencies, ...manifest.devDependencies };
  const workspace = Object.keys(dependencies).filter((name) =>
    dependencies[name]?.startsWith('workspace:'),
  );
  return workspace.flatMap((name) => {
    const dependencyJson = new URL(`node_modules/${name}/package.json`, packageJson);
    return Object.entries(read(dependencyJson).exports ?? {}).flatMap(([subpath, target]) => {
      const source = typeof target === 'string' ? undefined : target['@nianbao/source'];
      if (source === undefined) return [];
      const specifier = name + subpath.slice(1);
      const expected = pathToFileURL(realpathSync(new URL(source, dependencyJson))).href;
      const actual = resolve(specifier);
      return actual === expected ? [] : [`${specifier} → ${actual}`];
    });
  });
}
