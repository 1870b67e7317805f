import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@nianbao/source'] },
  // Property tests run thousands of cases; CI shares two cores between packages.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
