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
  const anchors = (tag: string, prefix: string) => [...mdx.matchAll(new RegExp(`<${tag} n=\\{(\\d+)\\}`, 'g'))].map((m) => `#${prefix}-${m[1]}`);
  return { footnotes: anchors('Fn', 'fn'), editorial: anchors('EditorialNote', 'ed') };
}

/**
 * Where the margin copies are, in one evaluation: what each says and stands
 * for, and the problems of the layout: copies that overlap each other, the
 * text or "On this page", or stand away from the line of their marker (other
 * than pushed down by the copy before).
 */
function marginLayout() {
  return page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content')!;
    const copies = [...content.querySelectorAll<HTMLElement>('.margin-note')];
    const shown = copies.filter((copy) => copy.checkVisibility());
    const blocks = [...content.children];
    const text = blocks.map((child) => child.getBoundingClientRect());
    // Where the text ends beside a copy: a wide table may take the margin's width (site.css), below or above the copies, never beside one.
    const textRightBeside = (box: DOMRect) => Math.max(...text.filter((t) => t.bottom > box.top + 0.5 && t.top < box.bottom - 0.5).map((t) => t.right));
    const tocLeft = document.querySelector('.right-sidebar')?.getBoundingClientRect().left ?? Infinity;
    const problems: string[] = [];
    const distances: number[] = [];
    let previousBottom = -Infinity;
    /** The marker a copy stands right after, in the same block of the text. */
    const markerOf = (copy: HTMLElement) => {
      let before = copy.previousElementSibling;
      while (before?.matches('.margin-note')) before = before.previousElementSibling;
      const link = before?.matches(`a[href="${copy.dataset['for']}"]`) ? before : before?.querySelector(`a[href="${copy.dataset['for']}"]`);
      return link instanceof HTMLElement ? link : null;
    };
    for (const copy of shown) {
      const box = copy.getBoundingClientRect();
      const name = copy.dataset['note'];
      const marker = markerOf(copy)?.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(copy.parentElement!).lineHeight) || 24;
      if (!marker) problems.push(`${name}: not right after its marker`);
      else {
        // At the marker's line: its top within that line, or, where the copy before reaches down past that
        // line, on the first line that starts below it and its gap (a float starts at a line's top).
        const pushed = previousBottom > marker.top - lineHeight;
        const lowest = Math.max(marker.bottom, pushed ? previousBottom + 2 * lineHeight : -Infinity) + 2;
        if (box.top < marker.top - lineHeight) problems.push(`${name}: ${Math.round(marker.top - box.top)}px above its marker`);
        else if (box.top > lowest) problems.push(`${name}: ${Math.round(box.top - marker.bottom)}px below its marker`);
        if (!pushed) distances.push(Math.abs(box.top - marker.top));
      }
      if (box.top < previousBottom - 0.5) problems.push(`${name}: overlaps the copy before`);
      const textRight = textRightBeside(box);
      if (box.left < textRight - 0.5) problems.push(`${name}: overlaps the text (text ends at ${textRight}, copy starts at ${box.left})`);
      if (box.right > tocLeft + 0.5 || box.right > document.documentElement.clientWidth) problems.push(`${name}: overlaps "On this page" or leaves the screen`);
      previousBottom = box.bottom;
    }
    /** Which block of the text holds the copy (and its marker). */
    const blockOf = (copy: Element) => blocks.findIndex((child) => child.contains(copy));
    const focusable = copies.flatMap((copy) =>
      [...copy.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.closest('[inert]')),
    );
    return {
      copies: copies.map((copy) => ({
        note: copy.dataset['note'] ?? '',
        // A group of data notes (more than MAX_DATA_COPIES on one section) stands for all of them.
        notes: (copy.dataset['notes'] ?? copy.dataset['note'] ?? '').split(' '),
        marker: copy.dataset['for'] ?? '',
        block: blockOf(copy),
        label: copy.querySelector('.margin-note-label')?.textContent ?? '',
        markerText: content.querySelector(`a[href="${copy.dataset['for']}"]:not(.margin-note a)`)?.textContent?.trim() ?? '',
        hidden: copy.getAttribute('aria-hidden') === 'true' && copy.inert && copy.hasAttribute('data-pagefind-ignore'),
      })),
      shown: shown.length,
      focusable: focusable.length,
      problems,
      /** How far each copy not pushed down by another stands from its marker's top, in px. */
      distances,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // The notes as the end lists have them: the canonical notes.
      listedDataNotes: [...document.querySelectorAll('.notes-on-text .data-note[id]')].map((note) => `#${note.id}`),
      listed: [...document.querySelectorAll('.footnotes li[id], .notes-on-text li[id], .notes-on-text .data-note[id]')].map((note) => `#${note.id}`),
    };
  });
}

describe('on a wide screen', () => {
  it(`${CASE_STUDY} has every footnote and note in the margin, at its marker's line, overlapping nothing, and nothing shifts`, async () => {
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
      // No section fills the margin with a long stack of data notes (Methodology's §3.1 has 30): at most MAX_DATA_COPIES copies at one marker.
      const dataRuns = Map.groupBy(
        layout.copies.filter((c) => c.note.startsWith('#note-')),
        (c) => c.block,
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
    // In the middle of the screen: its copy, at the marker's line, is on the screen with it.
    await marker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
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
  it('at 1366 px too, each copy stands at its marker’s line: footnote 18 of the Afghanistan case study beside its marker', async () => {
    await open('/case-studies/afghanistan/', { width: 1366, height: 768 });
    const layout = await marginLayout();
    expect(layout.shown).toBe(layout.copies.length);
    expect(layout.problems).toEqual([]);
    const [copyTop, markerTop] = await page.evaluate(() => {
      const copy = document.querySelector<HTMLElement>('.margin-note[data-note="#fn-18"]')!;
      const marker = document.querySelector<HTMLElement>('.sl-markdown-content a[href="#fn-18"]:not(.margin-note a)')!;
      return [copy.getBoundingClientRect().top, marker.getBoundingClientRect().top];
    });
    expect(Math.abs(copyTop - markerTop)).toBeLessThan(40);
  });

  it('a marker whose note is off the screen opens a card instead', async () => {
    // A marker whose copy the copies before it pushed far down: scrolled so that the marker sits just
    // below the header of a short window, the copy is below the screen.
    let href: string | undefined;
    for (const path of THESIS_URLS.filter((url) => readPage(url).includes('class="margin-note '))) {
      await open(path, { width: 1440, height: 420 });
      href = await page.evaluate(() => {
        const headerBottom = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
        // Where the marker goes: below the header and below the scroll padding, so that focusing it does not scroll.
        const markerTop = Math.max(headerBottom, parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 8;
        for (const marker of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content sup.fn-ref a, .sl-markdown-content .note-marker > a')) {
          const href = marker.getAttribute('href') ?? '';
          const copy = [...document.querySelectorAll<HTMLElement>('.margin-note')].find((c) => c.dataset['for'] === href);
          if (!copy) continue;
          const below = copy.getBoundingClientRect().bottom - marker.getBoundingClientRect().top;
          if (below < innerHeight - markerTop + 8) continue;
          window.scrollBy({ top: marker.getBoundingClientRect().top - markerTop, behavior: 'instant' });
          return href;
        }
        return undefined;
      });
      if (href) break;
    }
    expect(href, 'a marker whose copy reaches below a short window').toBeDefined();
    const copyBottom = await page
      .locator(`.margin-note[data-for="${href}"]`)
      .last()
      .evaluate((c) => c.getBoundingClientRect().bottom);
    expect(copyBottom).toBeGreaterThan(await page.evaluate(() => innerHeight));
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
