/**
 * Four test projects, run together by `npm test` (after check + build):
 *
 * - unit:    pure TypeScript, no build needed (`npm run test:unit`).
 * - site:    reads the built dist/ folder (HTML, JSON downloads) directly,
 *            and runs the Nu Html Checker (Java) over it.
 * - build:   one `astro build` against a copy of content/ with a mistake in
 *            it, proving that bad input stops the build with a clear message.
 * - browser: real Chromium against dist/ served on 127.0.0.1.
 *
 * Without `sequence.groupOrder` Vitest runs all projects at the same time;
 * the groups below run one after another instead (unit and site, then the
 * build, then the browser), so a build and Chromium never compete
 * for the CPU on a two-core machine. See tests/README.md for timings.
 * The first group is 1, not 0: Vitest runs single-worker projects of group 0
 * (the default on two cores) in a sequential group of their own, last.
 *
 * This is deliberately a plain Vitest config, not Astro's getViteConfig():
 * none of these tests import Astro modules, and loading the Astro/Starlight
 * Vite plugins would only slow every run down.
 */
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest starts the files it has no timings for yet (a fresh clone) largest
 * first; the page sweep is the longest browser file but not the largest, so
 * on two workers it would start last and run alone at the end. Started
 * first, it runs while the other worker takes all the other browser files.
 */
class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isSweep = (spec: TestSpecification) => spec.moduleId.endsWith('/tests/browser/sweep.test.ts');
    return [...sorted.filter(isSweep), ...sorted.filter((spec) => !isSweep(spec))];
  }
}

export default defineConfig({
  // Resolve the '~/*' → src/* alias from tsconfig.json, as Astro does for the
  // site, so tests can import modules exactly as the site code does.
  resolve: { tsconfigPaths: true },
  test: {
    sequence: { sequencer: SweepFirst },
    // The build test's throwaway folders (tests/support/content-build.ts) hold no tests of their own.
    exclude: ['**/node_modules/**', '**/dist/**', '.build-copies/**'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
          // The citation processor (citeproc) compiles its styles on first use: seconds on a busy 2-core machine.
          // A timeout is a limit for a hung test, not a speed budget: generous, so load alone never fails a test.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
          // Some tests read or hash every built page in one go: seconds on a quiet machine,
          // far more on a loaded one. Vitest's default of 5 s failed here at a load average of 29.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // A build: one at a time, with time to finish.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 3 },
          // Two files at a time, each with its own Chromium reused by all its
          // tests. No test depends on timing: every wait is for an event or a
          // state, so a loaded machine makes the run slower, not red.
          fileParallelism: true,
          maxWorkers: 2,
          // Waits for states (expect.poll) may take long on a busy machine;
          // the test's own timeout is the limit, not a short poll window.
          expect: { poll: { timeout: 60_000 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
