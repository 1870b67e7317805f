import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@nianbao/source'] },
  // These tests start the built CLI as a process, several in a row; CI shares two cores.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
