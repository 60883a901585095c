/**
 * A reader with only a keyboard can reach everything: the skip link, the
 * search, the sidebar, the table of contents, a footnote and back to where
 * they were reading, and every "Copy"/"Cite" button (some sit in closed
 * <details>, which the keyboard must be able to open first).
 *
 * Every step presses real keys (Tab, Enter) in Chromium; nothing is focused
 * by script. Desktop width, where Starlight shows the sidebar and the table
 * of contents beside the text; the site is served with its production headers.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { settle } from '../support/browser.ts';
import { distDir, readPage } from '../support/dist.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

/** A chapter with footnotes, a sidebar entry and a table of contents. */
const CHAPTER = '/chapters/introduction/';
/** Pages where citation buttons belong: a chapter and a data page. */
const CITE_PAGES = [CHAPTER, '/drivers/recruitment/'];
/** Accessible names of citation buttons (the cite feature: "Copy the APA … citation"). */
const CITE_NAME = /^(Copy|Cite)\b/;
const MAX_TABS = 1500;

interface Focused {
  /** What the focused element is, for assertions and failure messages. */
  kind: 'skip' | 'search' | 'sidebar' | 'toc' | 'content' | 'other' | 'none';
  text: string;
  href: string | null;
}

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  ({ server, browser, context } = await openSession(distDir, { headersFile: join(distDir, '_headers') }));
});

afterAll(async () => {
  await closeSession({ server, browser, context });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // The search button works once the page's own scripts have run: wait for the state they leave.
  await settle(page);
  return page;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { kind: 'none', text: '', href: null } as const;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const href = el.getAttribute('href');
    const kind = el.matches('.sl-skip-link')
      ? 'skip'
      : el.matches('button[data-open-modal]')
        ? 'search'
        : el.closest('#starlight__sidebar')
          ? 'sidebar'
          : el.closest('starlight-toc')
            ? 'toc'
            : el.closest('main')
              ? 'content'
              : 'other';
    return { kind, text, href } as const;
  });
}

/** Is the focused element drawn with a focus indicator (outline or ring)? */
function hasFocusIndicator(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

describe(`Tab from the top of ${CHAPTER}`, () => {
  test('reaches the skip link first, then search, the sidebar and the table of contents, then the text', async () => {
    const page = await open(CHAPTER);
    try {
      const order: Focused[] = [];
      for (let i = 0; i < MAX_TABS; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        order.push(now);
        if (order.length === 1) expect.soft(await hasFocusIndicator(page), 'skip link shows focus').toBe(true);
        if (now.kind === 'content') break;
      }
      const kinds = order.map((step) => step.kind);
      const first = (kind: Focused['kind']) => kinds.indexOf(kind);
      expect(order[0]).toMatchObject({ kind: 'skip', text: 'Skip to content' });
      for (const kind of ['search', 'sidebar', 'toc', 'content'] as const) {
        expect(first(kind), `Tab never reached: ${kind}\n${order.map((s) => `${s.kind} ${s.text}`).join('\n')}`).toBeGreaterThan(0);
      }
      expect(first('search')).toBeLessThan(first('sidebar'));
      expect(first('sidebar')).toBeLessThan(first('toc'));
      expect(first('toc')).toBeLessThan(first('content'));
      // The sidebar link to this very page, and a table of contents entry for a section.
      expect(order.some((step) => step.kind === 'sidebar' && step.href === CHAPTER)).toBe(true);
      expect(order.some((step) => step.kind === 'toc' && step.href?.startsWith('#') && step.href !== '#_top')).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('the skip link takes the next Tab into the text, past header and sidebar', async () => {
    const page = await open(CHAPTER);
    try {
      await page.keyboard.press('Tab');
      expect((await focused(page)).kind).toBe('skip');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(['content', 'toc']).toContain((await focused(page)).kind);
    } finally {
      await page.close();
    }
  });

  test('the search button opens the search dialog from the keyboard, and Escape closes it', async () => {
    const page = await open(CHAPTER);
    try {
      for (let i = 0; i < 20 && (await focused(page)).kind !== 'search'; i++) await page.keyboard.press('Tab');
      expect((await focused(page)).kind).toBe('search');
      expect(await hasFocusIndicator(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('site-search dialog')?.open)).toBe(true);
      await page.keyboard.type('recruitment');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('site-search dialog')?.open)).toBe(false);
      // Back where the reader started.
      expect((await focused(page)).kind).toBe('search');
    } finally {
      await page.close();
    }
  });
});

test('a footnote marker leads to its footnote, whose back link returns to the marker', async () => {
  // The first footnote marker of the chapter, from the built HTML.
  const n = /id="fnref-(\d+)"/.exec(readPage(CHAPTER))?.[1];
  expect(n, `${CHAPTER} has no footnote marker`).toBeDefined();
  const page = await open(CHAPTER);
  try {
    let reached = false;
    for (let i = 0; i < MAX_TABS && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)).href === `#fn-${n}`;
    }
    expect(reached, `Tab never reached footnote marker ${n}`).toBe(true);
    expect(await hasFocusIndicator(page)).toBe(true);
    // The tab stop after the marker, to come back to.
    await page.keyboard.press('Tab');
    const afterMarker = await focused(page);
    await page.keyboard.press('Shift+Tab');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#fn-${n}`);
    let back = false;
    for (let i = 0; i < 10 && !back; i++) {
      await page.keyboard.press('Tab');
      back = (await focused(page)).href === `#fnref-${n}`;
      expect(await page.evaluate((id) => document.getElementById(id)?.contains(document.activeElement), `fn-${n}`), 'Tab left the footnote').toBe(true);
    }
    expect(back, `no back link in footnote ${n}`).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#fnref-${n}`);
    await page.keyboard.press('Tab');
    // Reading resumes right after the marker.
    expect(await focused(page)).toEqual(afterMarker);
  } finally {
    await page.close();
  }
});

/**
 * The citation buttons on the page that Tab alone does not reach, as
 * 'n: name'. A button inside a closed <details> counts as reached when Tab
 * reaches its <summary>, Enter opens it, and Tab then reaches the button.
 */
async function citeButtonsNotReached(page: Page): Promise<{ total: number; missing: string[] }> {
  const buttons = page.getByRole('button', { name: CITE_NAME, includeHidden: true });
  const total = await buttons.count();
  // Mark them so the walk can tell which it has reached.
  await buttons.evaluateAll((elements) => elements.forEach((el, i) => el.setAttribute('data-kbd-test', String(i))));
  const reached = new Set<string>();
  for (let i = 0; i < MAX_TABS && reached.size < total; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const details = el?.tagName === 'SUMMARY' ? el.parentElement : null;
      return {
        button: el?.getAttribute('data-kbd-test') ?? null,
        closedSummaryWithButtons: details instanceof HTMLDetailsElement && !details.open && !!details.querySelector('[data-kbd-test]'),
        atEnd: el === document.body || el === null,
      };
    });
    if (state.button !== null) reached.add(state.button);
    if (state.closedSummaryWithButtons) await page.keyboard.press('Enter');
    if (state.atEnd && i > 0) break;
  }
  const names = await buttons.evaluateAll((elements) =>
    elements.map((el) => `${el.getAttribute('data-kbd-test')}: ${el.getAttribute('aria-label') ?? el.textContent?.trim()}`),
  );
  return { total, missing: names.filter((name) => !reached.has(name.split(':')[0] ?? '')) };
}

/**
 * Every citation button ("Copy the APA … citation", "Cite …") on a chapter
 * and a data page. The cite feature comes from its own branch: on a build
 * without it there are no such buttons, and this checks each one once merged.
 */
test.for(CITE_PAGES)('every Copy/Cite button on %s is reachable with the keyboard', async (path) => {
  const page = await open(path);
  try {
    expect((await citeButtonsNotReached(page)).missing).toEqual([]);
  } finally {
    await page.close();
  }
});

test('the citation-button walk opens closed <details> and notices an unreachable button', async () => {
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
      <button type="button">Copy the APA citation</button>
      <details><summary>BibTeX</summary><button type="button">Copy the BibTeX</button></details>
      <button type="button" tabindex="-1">Cite this table</button>
      <button type="button">Print</button></main></body></html>`);
    expect(await citeButtonsNotReached(page)).toEqual({ total: 3, missing: ['2: Cite this table'] });
  } finally {
    await page.close();
  }
});
