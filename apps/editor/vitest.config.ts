import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const source = '@nianbao/source';

// Unit tests beside the code; the browser suite (e2e/) runs the built servers in real Chromium.
export default defineConfig({
  resolve: { conditions: [source, ...defaultServerConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  test: {
    projects: [
      {
        extends: true,
        // Runes modules (*.svelte.ts) are compiled by Svelte, as in the app.
        plugins: [svelte()],
        resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
