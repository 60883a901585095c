/**
 * Measurements in Chromium (playwright-core, the browser tests' harness):
 * - the JavaScript each page kind fetches before any interaction (loaded,
 *   network idle, no input), in requests and bytes over the wire;
 * - the time from typing a query into search to its first result, cold (the
 *   first search of a visit loads Pagefind and its index) and warm.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newLoopbackContext } from '../../tests/support/browser.ts';
import { median, pageKind, type PageKind } from './measure.ts';

export interface JsBeforeInteraction {
  kind: PageKind;
  pagesMeasured: number;
  /** Median over the pages measured. */
  requests: number;
  transferBytes: number;
  decodedBytes: number;
}

export interface SearchTiming {
  query: string;
  coldMs: number;
  warmMs: number;
  results: number;
}

async function jsOf(context: BrowserContext, url: string): Promise<{ requests: number; transfer: number; decoded: number }> {
  const page = await context.newPage();
  const scripts: Array<Promise<{ transfer: number; decoded: number }>> = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        return { transfer: sizes.responseBodySize, decoded: body.length };
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(scripts);
    return {
      requests: sizes.length,
      transfer: sizes.reduce((sum, s) => sum + s.transfer, 0),
      decoded: sizes.reduce((sum, s) => sum + s.decoded, 0),
    };
  } finally {
    await page.close();
  }
}

async function timeSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const dialog = page.locator('dialog[open]');
  if (!(await dialog.count())) await page.getByRole('button', { name: /^Search/ }).click();
  const input = page.locator('dialog[open] input').first();
  await input.fill('');
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ state: 'detached' }).catch(() => {});
  const start = performance.now();
  await input.fill(query);
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
  const ms = performance.now() - start;
  return { ms, results: await page.locator('dialog[open] .pagefind-ui__result-link').count() };
}

export async function measureInBrowser(
  origin: string,
  paths: readonly string[],
  queries: readonly string[],
  perKind = 5,
): Promise<{ js: JsBeforeInteraction[]; search: SearchTiming[] }> {
  const browser = await launchBrowser();
  try {
    const context = await newLoopbackContext(browser);
    const byKind = new Map<PageKind, string[]>();
    for (const path of paths) {
      const list = byKind.get(pageKind(path)) ?? [];
      if (list.length < perKind) list.push(path);
      byKind.set(pageKind(path), list);
    }
    const js: JsBeforeInteraction[] = [];
    for (const [kind, sample] of byKind) {
      const runs = [];
      for (const path of sample) runs.push(await jsOf(context, origin + path));
      js.push({
        kind,
        pagesMeasured: runs.length,
        requests: median(runs.map((r) => r.requests)),
        transferBytes: median(runs.map((r) => r.transfer)),
        decodedBytes: median(runs.map((r) => r.decoded)),
      });
    }
    await context.close();

    const search: SearchTiming[] = [];
    for (const query of queries) {
      // A fresh context per query: the cold time includes loading Pagefind.
      const fresh = await newLoopbackContext(browser);
      const page = await fresh.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      const cold = await timeSearch(page, query);
      const warm = await timeSearch(page, query);
      search.push({ query, coldMs: cold.ms, warmMs: warm.ms, results: cold.results });
      await fresh.close();
    }
    return { js, search };
  } finally {
    await browser.close();
  }
}
