/**
 * Notes in the margin (issue 14), in Chromium. On a wide screen every
 * footnote, editorial note and data note of a thesis page has a copy in the
 * margin beside the paragraph that cites it: the copies overlap neither each
 * other, nor the text, nor "On this page"; nothing shifts once the page is
 * drawn; axe finds nothing with them shown (light and dark); hovering or
 * focusing a marker highlights its copy instead of opening a card. On a phone,
 * below the margin's width and in print there are none. One session for the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { settle } from '../support/browser.ts';
import { distDir, readPage } from '../support/dist.ts';
import { closeSession, openSession, type BrowserSession } from '../support/session.ts';
import { THESIS_URLS } from '../support/thesis-source.ts';
import { MAX_DATA_COPIES } from '../../src/edition/margin-notes.ts';

let session!: BrowserSession;
let page!: Page;

declare global {
  interface Window {
    layoutShifts: string[];
    layoutShiftObserver: PerformanceObserver;
    recordShifts(entries: PerformanceEntry[]): void;
  }
}

beforeAll(async () => {
  session = await openSession();
  page = await session.context.newPage();
  // Every layout shift of the page's columns (its text and margin, "On this page") from the first frame on, with
  // what moved; over DevTools, before the page's own scripts (no CSP applies). Starlight's header and sidebar are
  // left out, being none of the margin's doing: on a loaded machine Chromium may draw a long page before all of
  // it has arrived, and the sidebar's 1px ::after then moves down as its links arrive, and the theme menu's icon
  // moves when its script runs (shifts of about 0.0001, also on pages without notes).
  await page.addInitScript(() => {
    window.layoutShifts = [];
    window.recordShifts = (entries) => {
      const columns = document.querySelector('.main-pane')?.parentElement?.getBoundingClientRect();
      const inColumns = (s: { node?: Node; previousRect: DOMRectReadOnly }) =>
        s.node instanceof Element
          ? s.node.closest('.main-pane, .right-sidebar-container') !== null
          : !columns || (s.previousRect.left >= columns.left && s.previousRect.top >= columns.top);
      for (const entry of entries) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        if (shift.hadRecentInput) continue;
        const moved = shift.sources.filter(inColumns);
        if (moved.length === 0) continue;
        const what = moved.map(
          (s) =>
            `${s.node?.nodeName ?? '?'}.${s.node instanceof Element ? s.node.className : ''} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
        );
        window.layoutShifts.push(`${shift.value} at ${Math.round(shift.startTime)} ms: ${what.join('; ')}`);
      }
    };
    window.layoutShiftObserver = new PerformanceObserver((list) => window.recordShifts(list.getEntries()));
    window.layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(() => closeSession(session));

const WIDE = { width: 1440, height: 900 };
const CASE_STUDY = '/case-studies/kashmir/';

async function open(path: string, viewport = WIDE): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load' });
  await settle(page);
}

/** The layout shifts so far, pending records included. */
const layoutShifts = () =>
  page.evaluate(() => {
    window.recordShifts(window.layoutShiftObserver.takeRecords());
    return window.layoutShifts;
  });

/** The notes a chapter's MDX cites, from its source: footnote and editorial note anchors. */
function citedInMdx(path: string): { footnotes: string[]; editorial: string[] } {
  const mdx = readFileSync(join(distDir, '..', 'content', 'docs', `${path.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
  const anchors = (tag: string, prefix: string) => [...mdx.matchAll(new RegExp(`<${tag} n=\\{(\\d+)\\} />`, 'g'))].map((m) => `#${prefix}-${m[1]}`);
  return { footnotes: anchors('Fn', 'fn'), editorial: anchors('EditorialNote', 'ed') };
}

/**
 * Where the margin copies are, in one evaluation: what each says and stands
 * for, and the problems of the layout: copies that overlap each other, the
 * text or "On this page", or sit above (or far below) the paragraph citing them.
 */
function marginLayout() {
  return page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content')!;
    const copies = [...content.querySelectorAll<HTMLElement>('.margin-note')];
    const shown = copies.filter((copy) => copy.checkVisibility());
    const text = [...content.children].filter((child) => !child.matches('.margin-note')).map((child) => child.getBoundingClientRect());
    // Where the text ends beside a copy: a wide table may take the margin's width (site.css), below or above the copies, never beside one.
    const textRightBeside = (box: DOMRect) => Math.max(...text.filter((t) => t.bottom > box.top + 0.5 && t.top < box.bottom - 0.5).map((t) => t.right));
    const tocLeft = document.querySelector('.right-sidebar')?.getBoundingClientRect().left ?? Infinity;
    const problems: string[] = [];
    let previousBottom = -Infinity;
    for (const copy of shown) {
      const box = copy.getBoundingClientRect();
      const name = copy.dataset['note'];
      // The block the copy stands before, which holds its marker.
      let cites = copy.nextElementSibling;
      while (cites?.matches('.margin-note')) cites = cites.nextElementSibling;
      const citing = cites?.getBoundingClientRect();
      if (!cites?.querySelector(`a[href="${copy.dataset['for']}"]`) || !citing) problems.push(`${name}: not before the paragraph with its marker`);
      else if (box.top < citing.top - 0.5) problems.push(`${name}: ${citing.top - box.top}px above its paragraph`);
      // Near its paragraph (within 1.5rem), unless the copy before pushed it down.
      else if (box.top - citing.top > 24 && box.top - previousBottom > 24) problems.push(`${name}: ${box.top - citing.top}px below its paragraph`);
      if (box.top < previousBottom - 0.5) problems.push(`${name}: overlaps the copy before`);
      const textRight = textRightBeside(box);
      if (box.left < textRight - 0.5) problems.push(`${name}: overlaps the text (text ends at ${textRight}, copy starts at ${box.left})`);
      if (box.right > tocLeft + 0.5 || box.right > document.documentElement.clientWidth) problems.push(`${name}: overlaps "On this page" or leaves the screen`);
      previousBottom = box.bottom;
    }
    function citingBlock(copy: Element): Element | null {
      let next = copy.nextElementSibling;
      while (next?.matches('.margin-note')) next = next.nextElementSibling;
      return next;
    }
    const focusable = copies.flatMap((copy) => [...copy.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter((el) => el.tabIndex >= 0));
    return {
      copies: copies.map((copy) => ({
        note: copy.dataset['note'] ?? '',
        // A group of data notes (more than MAX_DATA_COPIES on one section) stands for all of them.
        notes: (copy.dataset['notes'] ?? copy.dataset['note'] ?? '').split(' '),
        marker: copy.dataset['for'] ?? '',
        // Which block of the text the copy stands before (the one citing it).
        before: [...content.children].indexOf(citingBlock(copy)!),
        label: copy.querySelector('.margin-note-label')?.textContent ?? '',
        markerText: content.querySelector(`a[href="${copy.dataset['for']}"]:not(.margin-note a)`)?.textContent?.trim() ?? '',
        hidden: copy.getAttribute('aria-hidden') === 'true' && copy.hasAttribute('data-pagefind-ignore'),
      })),
      shown: shown.length,
      focusable: focusable.length,
      problems,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // The notes as the end lists have them: the canonical notes.
      listedDataNotes: [...document.querySelectorAll('.notes-on-text .data-note[id]')].map((note) => `#${note.id}`),
      listed: [...document.querySelectorAll('.footnotes li[id], .notes-on-text li[id], .notes-on-text .data-note[id]')].map((note) => `#${note.id}`),
    };
  });
}

describe('on a wide screen', () => {
  it(`${CASE_STUDY} has every footnote and note in the margin, beside its paragraph, overlapping nothing, and nothing shifts`, async () => {
    await open(CASE_STUDY);
    const layout = await marginLayout();
    const cited = citedInMdx(CASE_STUDY);
    const of = (kind: RegExp) => new Set(layout.copies.filter((c) => kind.test(c.note)).map((c) => c.note));
    expect(cited.footnotes.length).toBeGreaterThan(10);
    expect(of(/^#fn-/)).toEqual(new Set(cited.footnotes));
    expect(of(/^#ed-/)).toEqual(new Set(cited.editorial));
    expect(layout.listedDataNotes.length).toBeGreaterThan(0);
    expect(new Set(layout.copies.filter((c) => c.note.startsWith('#note-')).flatMap((c) => c.notes))).toEqual(new Set(layout.listedDataNotes));
    // Each copy is of a note in the end lists, numbered as its marker, for the eye only.
    expect(layout.copies.filter((c) => !layout.listed.includes(c.note))).toEqual([]);
    for (const copy of layout.copies) {
      if (copy.note.startsWith('#note-')) expect(copy.label).toBe(copy.notes.length === 1 ? 'Data note' : copy.markerText);
      else expect(copy.label, copy.note).toBe(copy.markerText);
      if (copy.note.startsWith('#fn-')) expect(copy.label).toBe(copy.note.slice('#fn-'.length));
    }
    expect(layout.copies.filter((c) => !c.hidden)).toEqual([]);
    expect(layout.focusable).toBe(0);
    expect(layout.shown).toBe(layout.copies.length);
    expect(layout.problems).toEqual([]);
    expect(layout.sideways).toBeLessThanOrEqual(0);

    expect(await layoutShifts()).toEqual([]);
    // Control: a shift is seen when there is one.
    await page.evaluate(() => document.querySelector('.sl-markdown-content')?.prepend(Object.assign(document.createElement('p'), { textContent: 'shift' })));
    await expect.poll(async () => (await layoutShifts()).length).toBeGreaterThan(0);
  });

  it('every thesis page with notes has them in the margin, overlapping nothing, and none shifts', async () => {
    const pages = THESIS_URLS.filter((url) => readPage(url).includes('class="margin-note '));
    expect(pages).toContain(CASE_STUDY);
    for (const path of pages) {
      await open(path);
      const layout = await marginLayout();
      expect(layout.shown, path).toBeGreaterThan(0);
      expect(layout.shown, path).toBe(layout.copies.length);
      expect(layout.problems, path).toEqual([]);
      // No section fills the margin with a long stack of data notes (Methodology's §3.1 has 30): at most MAX_DATA_COPIES copies before one block of text.
      const dataRuns = Map.groupBy(
        layout.copies.filter((c) => c.note.startsWith('#note-')),
        (c) => c.before,
      );
      expect(
        [...dataRuns].filter(([, c]) => c.length > MAX_DATA_COPIES).map(([, c]) => c[0]?.marker),
        path,
      ).toEqual([]);
      expect(layout.sideways, path).toBeLessThanOrEqual(0);
      expect(await layoutShifts(), path).toEqual([]);
    }
  });

  it('hovering or focusing a marker highlights its note in the margin instead of opening a card; axe finds nothing, light or dark', async () => {
    await open(CASE_STUDY);
    const highlighted = () => page.locator('.margin-note[data-highlighted]').evaluateAll((copies) => copies.map((c) => (c as HTMLElement).dataset['note']));
    const marker = page.locator('sup.fn-ref a').first();
    const href = await marker.getAttribute('href');
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    await expect.poll(highlighted).toEqual([href]);
    await page.mouse.move(0, 0);
    await expect.poll(highlighted).toEqual([]);

    // Keyboard focus puts the words somewhere visible: the highlighted copy, on screen.
    const editorial = page.locator('.note-marker a[href^="#ed-"]').first();
    const edHref = await editorial.getAttribute('href');
    await editorial.focus();
    await expect.poll(highlighted).toEqual([edHref]);
    const copy = page.locator(`.margin-note[data-note="${edHref}"]`);
    expect(await copy.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight && el.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await page.locator('.preview-card').count()).toBe(0);

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
      expect(describeViolations((await runAxe(page)).violations), theme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
    await editorial.blur();
    await expect.poll(highlighted).toEqual([]);
  });
  it('a marker whose note is off the screen opens a card instead', async () => {
    // A footnote marker low in a long paragraph, its copy beside the paragraph's start: scrolled so
    // that the marker sits just below the header, the copy is above the screen (under the header).
    let href: string | undefined;
    for (const path of THESIS_URLS.filter((url) => readPage(url).includes('class="margin-note '))) {
      await open(path);
      href = await page.evaluate(() => {
        const headerBottom = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
        // Where the marker goes: below the header and below the scroll padding, so that focusing it does not scroll.
        const markerTop = Math.max(headerBottom, parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 8;
        for (const marker of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content sup.fn-ref a')) {
          const href = marker.getAttribute('href') ?? '';
          const copy = [...document.querySelectorAll<HTMLElement>('.margin-note')].find((c) => c.dataset['for'] === href);
          if (!copy) continue;
          const gap = marker.getBoundingClientRect().top - copy.getBoundingClientRect().bottom;
          if (gap < markerTop - headerBottom + 8) continue;
          window.scrollBy({ top: marker.getBoundingClientRect().top - markerTop, behavior: 'instant' });
          return href;
        }
        return undefined;
      });
      if (href) break;
    }
    expect(href, 'a footnote marker below the end of its copy').toBeDefined();
    const copyBottom = await page.locator(`.margin-note[data-for="${href}"]`).evaluate((c) => c.getBoundingClientRect().bottom);
    const headerBottom = await page.locator('header.header').evaluate((h) => h.getBoundingClientRect().bottom);
    expect(copyBottom).toBeLessThan(headerBottom);
    const scrolled = await page.evaluate(() => scrollY);
    await page.locator(`.sl-markdown-content a[href="${href}"]:not(.margin-note a)`).focus();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await expect.poll(() => page.locator('.preview-card').isVisible()).toBe(true);
    expect(await page.locator('.margin-note[data-highlighted]').count()).toBe(0);
  });
});

describe('elsewhere', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    it(`at ${viewport.width} px there are no margin notes, and no sideways scroll`, async () => {
      await open(CASE_STUDY, viewport);
      const layout = await marginLayout();
      expect(layout.copies.length).toBeGreaterThan(0);
      expect(layout.shown).toBe(0);
      expect(layout.sideways).toBeLessThanOrEqual(0);
    });
  }

  it('in print there are no margin copies, and the footnotes print at the end', async () => {
    await open(CASE_STUDY);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      copies: [...document.querySelectorAll('.margin-note')].filter((copy) => copy.checkVisibility()).length,
      footnotes: [...document.querySelectorAll('.footnotes li[id]')].filter((li) => li.checkVisibility()).length,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed.copies).toBe(0);
    expect(printed.footnotes).toBe(citedInMdx(CASE_STUDY).footnotes.length);
  });
});
