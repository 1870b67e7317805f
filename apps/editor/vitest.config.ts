import { existsSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { sourceResolve } from '../../tooling/repo-checks/src/vitest-source.js';

// The browser suite needs Debian's chromium. CI always installs it (.ci/chromium.sh) and fails
// without it; on a machine that has only Node and npm the suite is left out, and says so.
const chromium = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
const runBrowserSuite = existsSync(chromium) || process.env.CI === 'true';
if (!runBrowserSuite && !process.env.NIANBAO_BROWSER_NOTICE) {
  process.env.NIANBAO_BROWSER_NOTICE = 'shown'; // the config is loaded once per project too
  process.stderr.write(
    `\n[editor] browser tests left out: no Chromium at ${chromium}. Install it with ` +
      '`apt-get install -y chromium` (or source .ci/chromium.sh); CI always runs them.\n\n',
  );
}

const unitSuite: TestProjectInlineConfiguration = {
  extends: true,
  // Runes modules (*.svelte.ts) are compiled by Svelte, as in the app.
  plugins: [svelte()],
  resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
  test: { name: 'unit', include: ['src/**/*.test.ts'] },
};

const browserSuite: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
};

// Unit tests beside the code; the browser suite (e2e/) runs the built servers in real Chromium.
export default defineConfig({
  ...sourceResolve,
  test: { projects: [unitSuite, ...(runBrowserSuite ? [browserSuite] : [])] },
});
