import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ out: 'build' }),
    // hooks.server.ts guards every state-changing request itself (csrf-refusal.ts); SvelteKit's
    // form check knows no bearer scripts and refused their text/plain imports. No page takes POST.
    csrf: { trustedOrigins: ['*'] },
    // SvelteKit adds a nonce or hash for its own inline start-up script; nothing else runs.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Svelte writes style attributes; styles cannot run code.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
    typescript: {
      // The browser suite, the bench and the test config are type-checked (and linted) with the app.
      config: (config) => {
        config.include.push('../e2e/**/*.ts', '../bench/**/*.ts', '../vitest.config.ts');
      },
    },
  },
};
