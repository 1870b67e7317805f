import { defineConfig } from 'vitest/config';
import { propertySeedConfig } from '../../tooling/repo-checks/src/property-seed.js';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  // Property tests run thousands of cases; CI shares two cores between packages.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, ...propertySeedConfig() },
});
