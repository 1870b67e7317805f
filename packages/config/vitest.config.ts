import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@nianbao/source'] },
  test: { include: ['src/**/*.test.ts'] },
});
