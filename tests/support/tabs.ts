/**
 * Work through a list of pages with a few reused browser tabs. For site-wide
 * browser checks (every page in the sitemap), opening a tab per page costs
 * more than the check; and two tabs keep a two-core machine busy while one
 * waits on the network or the renderer.
 */
import type { BrowserContext, Page } from 'playwright-core';

export async function inTabs<T, R>(context: BrowserContext, items: readonly T[], tabs: number, work: (page: Page, item: T) => Promise<R>): Promise<Map<T, R>> {
  const results = new Map<T, R>();
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(tabs, items.length) }, async () => {
      const page = await context.newPage();
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
          results.set(item, await work(page, item));
        }
      } finally {
        await page.close();
      }
    }),
  );
  return results;
}
