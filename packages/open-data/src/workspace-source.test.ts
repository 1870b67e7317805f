import { expect, it } from 'vitest';
import { builtWorkspaceImports } from '../../../tooling/repo-checks/src/source-imports.js';

it('imports the workspace packages it depends on as TypeScript source, not their dist/', () => {
  const resolve = (specifier: string) => import.meta.resolve(specifier);
  expect(builtWorkspaceImports(new URL('../package.json', import.meta.url), resolve)).toEqual([]);
});
