import { defineConfig } from 'vitest/config';
import { propertySeedConfig } from '../../tooling/repo-checks/src/property-seed.js';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: { include: ['src/**/*.test.ts'], ...propertySeedConfig() },
});
