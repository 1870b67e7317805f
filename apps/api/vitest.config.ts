import { defineConfig } from 'vitest/config';
import { sourceResolve } from '../../tooling/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/announce-skips.ts'],
  },
});
