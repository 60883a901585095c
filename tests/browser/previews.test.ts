/**
 * Preview cards (issue 14): hovering or focusing each kind of cross-link
 * (entity mark, footnote marker, editorial note, section link, author-date
 * citation, interviewee number, a footnote on another page) shows a card
 * about its target, built from the data (never by fetching a page),
 * Escape closes it, focus never moves into it, and a first tap on a
 * touch screen previews while a second follows. The card's code loads on
 * first intent, not with the page. One browser session for the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../src/source/blocks.ts';
import { describeViolations, runAxe } from '../support/axe.ts';
import { distDir } from '../support/dist.ts';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';
import { source } from '../support/thesis-source.ts';

let session!: BrowserSession;
let page!: Page;
/** Requests the page's scripts made (fetch or XHR), by path. Link prefetching on hover is Astro's, not the card's. */
const requests: string[] = [];

const yaml = <T>(path: string) => load(readFileSync(join(distDir, '..', 'content', path), 'utf8')) as T;
const driverName = (href: string) => yaml<{ name: string }>(`drivers/${href.split('/')[2]}.yaml`).name;
const DRIVER_MARK = '.sl-markdown-content a.entity-mark--driver';
const CITATION = '.sl-markdown-content a[href^="/references/#"]';
/** The entry a citation links to, from the data: its authors, year and text as /references/ prints it (italics and addresses as words). */
const referenceEntry = (href: string) => {
  const entry = yaml<Array<{ id: string; text: string; authors: string; year: string }>>('references/references.yaml').find(
    (r) => `/references/#${r.id}` === href,
  );
  if (!entry) throw new Error(`no entry of content/references/ for ${href}`);
  return { ...entry, printed: entry.text.replace(/\*([^*]+)\*/g, '$1').replace(/<(https?:[^>]+)>/g, '$1') };
};

beforeAll(async () => {
  session = await openSession();
  page = await session.context.newPage();
  page.on('request', (request: Request) => {
    if (['fetch', 'xhr', 'script'].includes(request.resourceType())) requests.push(new URL(request.url()).pathname);
  });
});
afterAll(() => closeSession(session));

const card = () => page.locator('.preview-card');
const cardText = async () => ((await card().isVisible()) ? ((await card().textContent()) ?? '') : '');

async function open(path: string) {
  requests.length = 0;
  await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
}

describe('preview cards', () => {
  it('load nothing until the reader shows intent', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open('/case-studies/kashmir/');
    expect(requests.filter((p) => p === '/previews.json' || /card\.[\w-]+\.js$/.test(p))).toEqual([]);
  });

  it('show the target of an entity mark on hover, from the data, without fetching a page', async () => {
    const mark = page.locator(DRIVER_MARK).first();
    const href = (await mark.getAttribute('href')) ?? '';
    await mark.scrollIntoViewIfNeeded();
    requests.length = 0;
    await mark.hover();
    await expect.poll(cardText).toContain(driverName(href));
    expect(await cardText()).toMatch(/Driver \d+ of 11/);
    expect(requests).toContain('/previews.json');
    // No HTML page was fetched by a script to make the card.
    expect(requests.filter((p) => p.endsWith('/') || p.endsWith('.html'))).toEqual([]);
  });

  it('show a footnote from the same page on keyboard focus, and close on Escape with focus kept', async () => {
    // Narrower than the margin of notes: wider, a marker highlights its note there (margin-notes.test.ts).
    await page.setViewportSize({ width: 1280, height: 900 });
    // The pointer leaves the text: focusing scrolls the page, and whatever link scrolls under a resting pointer is hovered.
    await page.mouse.move(0, 0);
    const marker = page.locator('sup.fn-ref a').first();
    const n = (await marker.textContent())?.trim();
    const footnote = ((await page.locator(`#fn-${n}`).textContent()) ?? '').replace('↩', '').trim().slice(0, 40);
    await marker.focus();
    await expect.poll(cardText).toContain(footnote);
    expect(await cardText()).toContain(`Footnote ${n}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#fn-${n}`);
    // The card never takes focus and holds no link.
    expect(await card().locator('a, button, [tabindex]').count()).toBe(0);
  });

  it('show an editorial note’s words at its marker, from the same page', async () => {
    const marker = page.locator('.note-marker a[href^="#ed-"]').first();
    const id = ((await marker.getAttribute('href')) ?? '').slice(1);
    const words = ((await page.locator(`li#${id}`).textContent()) ?? '').replace('↩', '').trim().slice(0, 40);
    await marker.focus();
    await expect.poll(cardText).toContain(words);
    expect(await cardText()).toContain('Editorial note (this site, not the author)');
    await page.keyboard.press('Escape');
  });

  it('show a section link’s heading, with no accessibility violation while open', async () => {
    await open('/drivers/recruitment/');
    const section = page.locator('.sl-markdown-content a[href^="/case-studies/kashmir/#"]').first();
    const href = (await section.getAttribute('href')) ?? '';
    await section.hover();
    await expect.poll(cardText).toContain('Section of 4.1. Case study One: Kashmir');
    const heading = await page.evaluate(async (h) => {
      const cards = (await (await fetch('/previews.json')).json()) as Record<string, { title: string }>;
      return cards[h]?.title;
    }, href);
    expect(heading).toBeTruthy();
    expect(await cardText()).toContain(heading!);
    // axe with the card open, in both themes.
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
      expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    }
    await page.screenshot({ path: join(distDir, '..', 'test-results', 'preview-card.png') }).catch(() => undefined);
    await page.mouse.move(0, 0);
    await expect.poll(() => card().isVisible()).toBe(false);
  });

  it('show a citation’s entry of the reference list on hover and on keyboard focus, without fetching a page; Escape closes it', async () => {
    await open('/case-studies/kashmir/');
    const citations = page.locator(CITATION);
    expect(await citations.count()).toBeGreaterThan(1);
    for (const [i, how] of [
      [0, 'hover'],
      [1, 'focus'],
    ] as const) {
      const link = citations.nth(i);
      const entry = referenceEntry((await link.getAttribute('href')) ?? '');
      await link.scrollIntoViewIfNeeded();
      requests.length = 0;
      if (how === 'hover') await link.hover();
      else await link.focus();
      await expect.poll(cardText).toContain(entry.printed.slice(0, 60));
      expect(await cardText()).toContain('Reference');
      expect(await cardText()).toContain(`${entry.authors} (${entry.year})`);
      // Words, not markup: no asterisk of the data's italics, no angle bracket of its addresses.
      expect(await cardText()).not.toMatch(/[*<>]/);
      expect(requests.filter((p) => p.endsWith('/') || p.endsWith('.html'))).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => card().isVisible()).toBe(false);
      await page.mouse.move(0, 0);
    }
  });

  it('show an interviewee number of a footnote list, and a footnote on another page, from the data', async () => {
    const number = page.locator('.sl-markdown-content li[id^="fn-"] a[href^="/interviews/"]').first();
    const n = Number(((await number.getAttribute('href')) ?? '').split('/')[2]);
    await number.focus();
    await expect.poll(cardText).toContain(yaml<{ role: string }>(`interviewees/${String(n).padStart(2, '0')}.yaml`).role);
    expect(await cardText()).toContain(`Interviewee ${n} of 22`);
    await page.keyboard.press('Escape');

    // "footnote 24" on an interviewee's page links to the footnote on its case study.
    await open('/interviews/3/');
    const note = page.locator('.sl-markdown-content a[href*="/#fn-"]').first();
    const footnote = Number(((await note.getAttribute('href')) ?? '').split('#fn-')[1]);
    const words = (collectFootnotes(source).get(footnote) ?? '').replace(/[*\\]/g, '').slice(0, 30);
    expect(words).not.toBe('');
    await note.scrollIntoViewIfNeeded();
    requests.length = 0;
    await note.hover();
    await expect.poll(cardText).toContain(words);
    expect(await cardText()).toContain(`Footnote ${footnote}`);
    expect(requests.filter((p) => p.endsWith('/') || p.endsWith('.html'))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().isVisible()).toBe(false);
  });

  it('on a touch screen, preview on the first tap and follow on the second', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const tab = await phone.newPage();
      await tab.goto(`${session.server.origin}/case-studies/kashmir/`, { waitUntil: 'load' });
      const mark = tab.locator(DRIVER_MARK).first();
      const href = (await mark.getAttribute('href')) ?? '';
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await expect
        .poll(async () => (await tab.locator('.preview-card').isVisible()) && (await tab.locator('.preview-card').textContent()))
        .toContain(driverName(href));
      expect(new URL(tab.url()).pathname).toBe('/case-studies/kashmir/');
      await Promise.all([tab.waitForURL((url) => url.pathname === href), mark.tap()]);
    } finally {
      await phone.close();
    }
  });
});
