import { defineConfig } from 'vitest/config';
import { testDefaults } from './src/vitest-defaults.js';
import { sourceResolve } from './src/vitest-source.js';

export default defineConfig({
  ...sourceResolve,
  test: testDefaults,
});
