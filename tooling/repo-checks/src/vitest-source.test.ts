import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defaultServerConditions } from 'vite';
import { describe, expect, it } from 'vitest';
import { sourceConditions } from './vitest-source.js';

const root = new URL('../../../', import.meta.url);
const packages = ['apps', 'packages', 'tooling'].flatMap((group) =>
  readdirSync(new URL(group, root), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(new URL(`${group}/${entry.name}/package.json`, root)),
    )
    .map((entry) => `${group}/${entry.name}`),
);
const text = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const hasWorkspaceDependencies = (dir: string): boolean =>
  text(`${dir}/package.json`).includes('"workspace:');

describe('tests run against workspace source', () => {
  it('puts the source condition before vite’s own server conditions', () => {
    expect(sourceConditions).toEqual(['@nianbao/source', ...defaultServerConditions]);
  });

  it('gives every package’s vitest config the shared source resolution', () => {
    const tested = packages.filter((dir) => existsSync(new URL(`${dir}/vitest.config.ts`, root)));
    expect(tested.length).toBeGreaterThan(5);
    expect(
      tested.filter((dir) => !text(`${dir}/vitest.config.ts`).includes('...sourceResolve')),
    ).toEqual([]);
  });

  it('has every package that imports another check where its imports come from', () => {
    const importing = packages.filter(hasWorkspaceDependencies);
    expect(importing.length).toBeGreaterThan(4);
    expect(
      importing.filter((dir) => !existsSync(new URL(`${dir}/src/workspace-source.test.ts`, root))),
    ).toEqual([]);
  });
});
