import { defineConfig } from 'vitest/config';
import { sourceResolve } from './src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: { include: ['src/**/*.test.ts'] },
});
