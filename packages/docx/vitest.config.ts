import { defineConfig } from 'vitest/config';
import { testDefaults } from '../../tooling/repo-checks/src/vitest-defaults.js';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: testDefaults,
});
