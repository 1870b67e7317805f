import { sveltekit } from '@sveltejs/kit/vite';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

// @nianbao/schema is read from its TypeScript source, so the editor never waits for its build.
const source = '@nianbao/source';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
  server: { port: 3000 },
});
