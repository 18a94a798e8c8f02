// @ts-check
/**
 * Lint: TypeScript (typescript-eslint), Svelte components (eslint-plugin-svelte, whose
 * `svelte/valid-compile` reports the Svelte compiler's accessibility warnings) and Astro components
 * (eslint-plugin-astro with its jsx-a11y rules). Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'public/pagefind/', 'coverage/', 'tmp/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value kept on purpose (a destructured part left out, a required parameter).
      // {' '} keeps a space at the edge of an {#if} block, where Svelte would trim a plain one.
      'svelte/no-useless-mustaches': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Pages, views and components use a chart through the chart list (charts/index.ts,
    // charts/components.ts), never a chart folder's internals. studies-overview is a page figure,
    // not an MDX chart, and is used by the studies page directly.
    files: ['src/views/**', 'src/pages/**', 'src/layouts/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/charts/*/*', '!**/charts/shared/*', '!**/charts/studies-overview/*'],
              message: 'Use the chart through src/charts/index.ts or src/charts/components.ts, not its folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
);
