import { defineConfig } from 'vitest/config';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  // These tests start the built CLI as a process, several in a row; CI shares two cores.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
