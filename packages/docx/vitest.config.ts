import { defineConfig } from 'vitest/config';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: { include: ['src/**/*.test.ts'] },
});
