/**
 * The reader's edition (issue 14), in Chromium: the home page and the 404
 * page lead to every part of the knowledge base and keep the phone menu, and
 * a case study prints as a document (each table once, no button, no site
 * chrome). One browser session for the whole file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';

let session!: BrowserSession;
let page!: Page;

beforeAll(async () => {
  session = await openSession();
  page = await session.context.newPage();
});
afterAll(() => closeSession(session));

const PHONE = { width: 390, height: 844 };

/** Links to the index of every kind of entity and to the pages that gather them, as the issue lists them. */
const HUB_LINKS = ['/drivers/', '/groups/', '/theories/', '/organizations/', '/interviews/', '/references/', '/data/'];

describe('hub pages', () => {
  for (const path of ['/', '/404.html']) {
    it(`${path} links every index of the knowledge base and has the menu on a phone`, async () => {
      await page.setViewportSize(PHONE);
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(HUB_LINKS.filter((href) => !hrefs.includes(href))).toEqual([]);
      await expect.poll(() => page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }

  it('the 404 page searches the site', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.server.origin}/no-such-page/`, { waitUntil: 'load' });
    await page.getByLabel('Search the thesis and the knowledge base').fill('porous border');
    await Promise.all([page.waitForURL(/\/search\/\?q=porous\+border/), page.getByRole('button', { name: 'Search', exact: true }).click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('porous border');
  });
});

describe('print', () => {
  it('prints a case study with each of its tables once, no button and no site chrome', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${session.server.origin}/case-studies/kashmir/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      // Each table the reader sees, by its caption ("Table 6: …" or a chart's own caption).
      const tables = [...document.querySelectorAll('table')].filter(shown).map((t) => t.querySelector('caption')?.textContent?.trim() ?? '');
      return {
        tables,
        canvases: [...document.querySelectorAll('canvas, .chart-box')].filter(shown).length,
        buttons: [...document.querySelectorAll('button')].filter(shown).map((b) => b.textContent?.trim()),
        chrome: ['header.header', '#starlight__sidebar', '.right-sidebar-container', '.pagination-links'].filter((s) =>
          [...document.querySelectorAll(s)].some(shown),
        ),
        footnotes: document.querySelectorAll('.footnotes li, [id^="fn-"]').length,
      };
    });
    await page.emulateMedia({ media: 'screen' });
    const table6 = printed.tables.filter((caption) => /^Table 6\b/.test(caption));
    expect(table6).toHaveLength(1);
    expect(new Set(printed.tables).size).toBe(printed.tables.length);
    expect(printed.canvases).toBe(0);
    expect(printed.buttons).toEqual([]);
    expect(printed.chrome).toEqual([]);
    expect(printed.footnotes).toBeGreaterThan(0);
  });
});
