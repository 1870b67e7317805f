// One lint setup for the whole workspace: ESLint + type-aware typescript-eslint, formatting left to Prettier.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/build/**', '**/.svelte-kit/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Each file is checked against the tsconfig.json nearest to it.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Numbers in Chinese messages read naturally; everything else must be a string.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => save()` is how Svelte handlers and vitest callbacks are written; blocks elsewhere.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Text is split into code points on purpose: PDF character spacing and cell widths count them.
      '@typescript-eslint/no-misused-spread': ['error', { allow: ['string'] }],
      'no-console': 'off',
    },
  },
  {
    // Plain JavaScript (bin scripts, configs) is not part of any tsconfig.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
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
    files: ['**/*.test.ts', '**/test-support/**', '**/e2e/**', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
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
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
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
