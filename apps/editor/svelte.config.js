import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ out: 'build' }),
    typescript: {
      // The browser suite, the bench and the test config are type-checked (and linted) with the app.
      config: (config) => {
        config.include.push('../e2e/**/*.ts', '../bench/**/*.ts', '../vitest.config.ts');
      },
    },
  },
};
