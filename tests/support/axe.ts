/**
 * axe-core in a Playwright page. The script is evaluated over the DevTools
 * protocol (page.evaluate), not added as a <script>: the site's
 * Content-Security-Policy rightly refuses inline scripts it has no hash for,
 * and the test must see the page exactly as a reader gets it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What we hold the site to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and
 * axe's best practices. Plus label-content-name-mismatch (WCAG 2.5.3 "Label
 * in Name", level A), which axe ships switched off as experimental: the
 * issue asks for it by name, because Starlight's search button fails it.
 */
export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
  // Before its rules, axe loads what some need: media (no-autoplay-audio) and every stylesheet's
  // rules (the CSSOM, read only by css-orientation-lock, an experimental rule that is not among
  // those above). Loading the CSSOM of every page would cost time and check nothing.
  preload: { assets: ['media'] },
};

declare global {
  interface Window {
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Loads axe into the page unless it is there. Evaluated, not added as a script
 * element: the pages' own Content-Security-Policy (a meta element in each page)
 * blocks an inline script the build did not hash.
 */
export async function loadAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
}

export async function runAxe(page: Page, options: RunOptions = AXE_OPTIONS): Promise<AxeResults> {
  await loadAxe(page);
  return page.evaluate((runOptions) => window.axe!.run(document, runOptions), options);
}

/** One line per failing element: 'rule-id (impact): help — selector: summary'. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}` +
        (node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 300)}` : ''),
    ),
  );
}
