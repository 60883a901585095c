/**
 * The reading edition's layout in Chromium (issue 22) at 1440, 1366 and 390
 * px: a reading measure of about 60-75 characters a line on every kind of
 * page (counted from the drawn lines), and tables that fit their column or
 * say they do not (a faded edge, the row's names kept in view, the caption
 * never cut). Each gate has a control: a page forced to the old layout must fail it.
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

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

/** One page of each kind. */
const PAGES = [
  '/',
  '/chapters/methodology/',
  '/case-studies/kashmir/',
  '/drivers/recruitment/',
  '/groups/iskp/',
  '/organizations/islamic-state-khorasan/',
  '/theories/precht-model/',
  '/evidence/',
  '/evidence/by-category/',
  '/compare/kashmiri-fighters-vs-is-fighters/',
  '/map/',
  '/data/',
  '/cite/',
];

/**
 * Characters per drawn line of the page's text: every full line (the last
 * line of a paragraph is left out) of its first paragraphs of three lines or
 * more, counted character by character from where the browser put them.
 */
const lineLengths = (p: Page) =>
  p.evaluate(() => {
    const range = document.createRange();
    const lines = (el: Element) => {
      const byLine = new Map<number, number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest('.sr-only, sup')) continue;
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const key = Math.round(rect.bottom / 4);
          byLine.set(key, (byLine.get(key) ?? 0) + 1);
        }
      }
      return [...byLine.values()].slice(0, -1);
    };
    return [...document.querySelectorAll('main .sl-markdown-content p')]
      .filter(
        (p) => !p.closest('.margin-note, .cite-page, table, figure') && p.getBoundingClientRect().height > 3 * parseFloat(getComputedStyle(p).lineHeight) - 1,
      )
      .slice(0, 8)
      .flatMap(lines);
  });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe('the reading measure', () => {
  it.each(PAGES)('%s: about 60-75 characters a line where the screen allows, never more', async (path) => {
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      const lengths = await lineLengths(page);
      expect(lengths.length, `${path} at ${size.width}`).toBeGreaterThan(0);
      const m = median(lengths);
      expect(m, `${path} at ${size.width}: median ${m} of ${lengths.length} lines`).toBeLessThanOrEqual(75);
      // A phone's column holds fewer than 60; a laptop's must not fall short of the measure.
      if (size.width >= 1366) expect(m, `${path} at ${size.width}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('control: the same count finds Starlight’s own 100-character lines when the measure is taken away', async () => {
    await page.setViewportSize(WIDTHS[0]);
    await page.goto(`${session.server.origin}/drivers/recruitment/`, { waitUntil: 'load' });
    await page.addStyleTag({ content: '.sl-markdown-content p { max-inline-size: none !important; }' });
    expect(median(await lineLengths(page))).toBeGreaterThan(85);
  });
});

/** Tables on these pages, at each width: each fits its box, or its box says it scrolls. */
const TABLE_PAGES = [
  '/chapters/methodology/',
  '/case-studies/kashmir/',
  '/evidence/',
  '/evidence/by-category/',
  '/compare/kashmiri-fighters-vs-is-fighters/',
  '/data/',
];

/** Every problem of the page's tables: an overflowing box with no cue or no sticking row names, or a caption cut by its box. */
const tableProblems = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.thesis-table')]
      .filter((box) => box.getClientRects().length > 0)
      .flatMap((box) => {
        const name = box.querySelector('caption')?.textContent?.slice(0, 40) ?? 'a table';
        const problems: string[] = [];
        const caption = box.querySelector('caption')?.getBoundingClientRect();
        const frame = box.getBoundingClientRect();
        if (caption && caption.right > frame.right + 1) problems.push(`${name}: caption cut (${Math.round(caption.right - frame.right)} px)`);
        if (box.scrollWidth > box.clientWidth + 1) {
          if (box.dataset['more'] !== 'right') problems.push(`${name}: overflows with no cue`);
          else if (getComputedStyle(box).maskImage === 'none') problems.push(`${name}: its cue is not drawn`);
          const sticky = box.querySelector<HTMLElement>('tbody [data-sticky]');
          if (!sticky || getComputedStyle(sticky).position !== 'sticky') problems.push(`${name}: its rows' names do not stay in view`);
        }
        return problems;
      }),
  );

describe('tables fit or say they do not', () => {
  it.each(TABLE_PAGES)('%s at 1440, 1366 and 390 px', async (path) => {
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
      await expect.poll(async () => (await tableProblems(page)).map((problem) => `${size.width} px: ${problem}`)).toEqual([]);
    }
  });

  it('Table 5 fits at 1440 px, the margin beside it taken, with its caption whole; on a phone it scrolls and keeps "No" and "Drivers" in view', async () => {
    await page.setViewportSize(WIDTHS[0]);
    await page.goto(`${session.server.origin}/chapters/methodology/`, { waitUntil: 'load' });
    const wide = await page.locator('#table-5').evaluate((t) => ({ box: t.parentElement!.clientWidth, table: t.scrollWidth }));
    expect(wide.table).toBeLessThanOrEqual(wide.box);
    await page.setViewportSize(WIDTHS[2]);
    await expect.poll(() => page.locator('#table-5 tbody tr:first-child [data-sticky]').allTextContents()).toEqual(['1', 'Ethnic Identity']);
    // Scrolled to its end, the faded edge goes.
    await page.locator('#table-5').evaluate((t) => t.parentElement!.scrollTo({ left: 10_000 }));
    await expect.poll(() => page.locator('#table-5').evaluate((t) => t.parentElement!.dataset['more'])).toBe('left');
  });

  it('control: an overflowing table whose cue is taken away is caught', async () => {
    await page.setViewportSize(WIDTHS[2]);
    await page.goto(`${session.server.origin}/evidence/`, { waitUntil: 'load' });
    await expect.poll(() => tableProblems(page)).toEqual([]);
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.thesis-table[data-more]').forEach((b) => delete b.dataset['more']));
    expect((await tableProblems(page)).some((p) => p.endsWith('overflows with no cue'))).toBe(true);
  });
});
