import { defineConfig } from 'vitest/config';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: {
    include: ['src/**/*.test.ts'],
    // Rendering many PDFs on 2 busy cores (turbo runs packages side by side) can take seconds per
    // file; these tests check drawings, not speed (that is `pnpm bench`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
