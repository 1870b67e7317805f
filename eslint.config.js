// One lint setup for the whole workspace: ESLint + typescript-eslint, formatting left to Prettier.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/build/**', '**/.svelte-kit/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The schema and the importer run in browser, server and CLI alike.
    files: ['packages/schema/src/**/*.ts', 'packages/import/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*'] }],
    },
  },
  {
    // Tests poke at reports as free-form JSON on purpose.
    files: ['**/*.test.ts', '**/test-support/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  // The editor (SvelteKit): .svelte components and runes modules, running in the browser.
  ...svelte.configs.recommended.map((config) =>
    config.files
      ? {
          ...config,
          files: config.files.map((glob) => `apps/editor/**/${glob.replace('**/', '')}`),
        }
      : config,
  ),
  ...svelte.configs.prettier,
  {
    files: ['apps/editor/**/*.svelte', 'apps/editor/**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
    // Plain Maps and Dates there are local values, never reactive state.
    rules: { 'svelte/prefer-svelte-reactivity': 'off' },
  },
  {
    files: ['apps/editor/src/**'],
    ignores: ['apps/editor/src/lib/server/**', 'apps/editor/src/hooks.server.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
