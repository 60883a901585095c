// @ts-check
// ESLint flat config: ESLint's recommended rules, typescript-eslint's recommended rules (without type
// information: `astro check` already type-checks the project, and typed linting would repeat that work on
// a two-core machine), and eslint-plugin-astro's recommended rules for .astro files and their <script>s.
// `npm run lint` runs it with --max-warnings=0. Every rule turned off or adjusted below says why.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'bench/tmp/',
    '.build-copies/',
    // Copies of the project that the bench and the build tests make and delete again.
    '.measure-js-*/',
    // Citation styles copied from upstream, kept byte for byte.
    'src/citation/styles/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // An .astro file's frontmatter is TypeScript: turn off for it the core rules that typescript-eslint turns
    // off for .ts files because the type checker (`astro check`) does their job better (no-undef would
    // otherwise flag DOM types such as `DOMStringMap`, which are types, not globals).
    ...tseslint.configs.eslintRecommended,
    name: 'typescript-eslint/eslint-recommended for .astro frontmatter',
    files: ['**/*.astro'],
  },
  {
    // The plain JavaScript config files run in Node (TypeScript files need no globals: the type checker
    // knows them, and typescript-eslint turns no-undef off for them).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
);
