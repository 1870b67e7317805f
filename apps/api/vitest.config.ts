import { defineConfig } from 'vitest/config';
import { testDefaults } from '../../tooling/repo-checks/src/vitest-defaults.js';
import { propertySeedConfig } from '../../tooling/repo-checks/src/property-seed.js';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: {
    ...testDefaults,
    globalSetup: ['src/test-support/announce-skips.ts'],
    ...propertySeedConfig(),
  },
});
