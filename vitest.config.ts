/**
 * Three test projects, run together by `npm test` (after check + build):
 *
 * - unit:    pure TypeScript, no build needed (`npm run test:unit`).
 * - site:    reads the built dist/ folder (HTML, JSON downloads) directly.
 * - build:   builds throwaway copies of the project with one mistake each,
 *            proving that bad input stops the build with a clear message.
 * - browser: real Chromium against dist/ served on 127.0.0.1.
 *
 * This is deliberately a plain Vitest config, not Astro's getViteConfig():
 * none of these tests import Astro modules, and loading the Astro/Starlight
 * Vite plugins would only slow every run down.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve the '~/*' → src/* alias from tsconfig.json, as Astro does for the
  // site, so tests can import modules exactly as the site code does.
  resolve: { tsconfigPaths: true },
  test: {
    // Throwaway project copies made by the build tests are not tests of their own.
    exclude: ['**/node_modules/**', '**/dist/**', '.build-copies/**'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // The citation processor (citeproc) compiles its styles on first use: seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Each test builds a copy of the site: one at a time, with time to finish.
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the CI machine has two cores, and
          // parallel browsers make timing-sensitive waits (network idle)
          // flaky. With the default sequence.groupOrder, Vitest also runs
          // this project after the others rather than alongside them.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
