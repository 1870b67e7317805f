import { defineConfig } from 'vitest/config';

// Node tests resolve through vite's server conditions (its defaults, the source condition first).
const conditions = ['@nianbao/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/**/*.test.ts'] },
});
