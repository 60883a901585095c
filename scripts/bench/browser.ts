/**
 * Measurements in Chromium (playwright-core, the browser tests' harness):
 *
 * - `js`: the JavaScript each page kind fetches before any interaction
 *   (loaded, network idle, no input, not scrolled), in requests, bytes over
 *   the wire and decoded; on a desktop and a phone-sized screen, a text page
 *   and the chart pages side by side; and what a text page and every kind of
 *   chart page fetch while read to their end, scrolled a screen at a time
 *   with no pointer or key (READ_PAGES: charts are drawn in the build, so a
 *   chart page should fetch no more than a text page).
 * - `search`: the time from the last keystroke in the header's search dialog
 *   to its first result, for the first query of a visit (once the reader has
 *   shown intent: pointer over the button, and the dialog has loaded what it
 *   loads on intent) and for the queries after it, in the site's own dialog
 *   (SITE_DIALOG) or a bare Starlight's (STARLIGHT_DIALOG): the query set at
 *   once (one input event), and typed key by key, without a pause and at a
 *   typist's 120 ms a key, to the results of the whole query (measureTyping);
 *   and on /search/, the bytes and time of a first search
 *   (tests/support/search.ts, measureSearch).
 *
 * Every script counts, whoever fetched it (workers included). Each page is
 * opened in a fresh context: nothing cached.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { measureSearch, type SearchMetrics } from '../../tests/support/search.ts';
import { median, pageKind, type PageKind } from './measure.ts';

export interface ScriptBytes {
  requests: number;
  transfer: number;
  decoded: number;
}

export interface JsBeforeInteraction extends ScriptBytes {
  kind: PageKind;
  pagesMeasured: number;
}

/** The chart pages compared with a text page before interaction (the ids name the report's figures: js.page.<id>.<viewport>.decoded). */
export const CHART_PAGES = [
  { id: 'text', label: 'text page, no chart', path: '/chapters/introduction/' },
  { id: 'chart-below', label: 'chart below the first screen', path: '/drivers/recruitment/' },
  { id: 'chart-first-screen', label: 'chart on the first screen', path: '/data/' },
] as const satisfies ReadonlyArray<{ id: string; label: string; path: string }>;
export type ChartPageId = (typeof CHART_PAGES)[number]['id'];

/** A text page and a page of every kind with a chart, read to their end (figures: js.read.<id>.decoded). */
export const READ_PAGES = [
  { id: 'text', label: 'text page, no chart', path: '/chapters/introduction/' },
  { id: 'home', label: 'home page (Table 9)', path: '/' },
  { id: 'data', label: '/data/ (Table 9)', path: '/data/' },
  { id: 'driver', label: 'driver', path: '/drivers/recruitment/' },
  { id: 'group', label: 'host group', path: '/groups/iskp/' },
  { id: 'compare', label: 'comparison', path: '/compare/afghan-taliban-vs-iskp/' },
  { id: 'case-study', label: 'case study (Table 8)', path: '/case-studies/syria/' },
  { id: 'interviews', label: 'List of Interviews (two charts)', path: '/interviews/' },
] as const satisfies ReadonlyArray<{ id: string; label: string; path: string }>;
export type ReadPageId = (typeof READ_PAGES)[number]['id'];

export const VIEWPORTS = [
  { id: 'desktop', label: 'desktop 1280×720', viewport: { width: 1280, height: 720 }, isMobile: false },
  { id: 'phone', label: 'phone 412×823 (Lighthouse mobile)', viewport: { width: 412, height: 823 }, isMobile: true },
] as const;
export type ViewportId = (typeof VIEWPORTS)[number]['id'];

export interface ChartPageJs extends ScriptBytes {
  page: ChartPageId;
  viewport: ViewportId;
  /** Top of the page's first chart in CSS pixels (null: no chart). */
  chartTop: number | null;
}

export interface ReadPageJs extends ScriptBytes {
  page: ReadPageId;
  /** Charts on the page. */
  charts: number;
}

/**
 * A fresh context (nothing cached) that can reach nothing but loopback, as
 * the browser tests' contexts (tests/support/browser.ts), with a viewport.
 */
async function freshContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Scrolls to the end of the page a screen at a time, as a reader does (no pointer, no key), each screen painted and the network idle. */
async function readToEnd(page: Page): Promise<void> {
  for (;;) {
    const atEnd = await page.evaluate(async () => {
      scrollBy(0, innerHeight);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForLoadState('networkidle');
    if (atEnd) return;
  }
}

/**
 * Loads `url` in a fresh page of `context` and sums the scripts it fetched
 * without input: until the network is idle, or, with `read`, until the page
 * has been read to its end.
 */
async function scriptsFetched(context: BrowserContext, url: string, read = false): Promise<ScriptBytes & { chartTop: number | null; charts: number }> {
  const page = await context.newPage();
  const scripts: Array<Promise<{ transfer: number; decoded: number }>> = [];
  page.on('requestfinished', (request) => {
    const isScript = request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname);
    if (!isScript) return;
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
    const charts = await page.evaluate(() => {
      const figures = document.querySelectorAll('figure[data-chart]');
      return { count: figures.length, top: figures[0] ? Math.round(figures[0].getBoundingClientRect().top) : null };
    });
    if (read) await readToEnd(page);
    const sizes = await Promise.all(scripts);
    return {
      requests: sizes.length,
      transfer: sizes.reduce((sum, s) => sum + s.transfer, 0),
      decoded: sizes.reduce((sum, s) => sum + s.decoded, 0),
      chartTop: charts.top,
      charts: charts.count,
    };
  } finally {
    await page.close();
  }
}

/** One page's JavaScript before interaction, or with `read` while read to its end, in a fresh context (the bare Starlight site's text page, bare.ts). */
export async function pageJs(browser: Browser, url: string, read = false): Promise<ScriptBytes> {
  const context = await freshContext(browser);
  try {
    const { requests, transfer, decoded } = await scriptsFetched(context, url, read);
    return { requests, transfer, decoded };
  } finally {
    await context.close();
  }
}

/** Up to `perKind` pages of each kind, in the order given. */
export function samplePages(paths: readonly string[], perKind: number): Map<PageKind, string[]> {
  const byKind = new Map<PageKind, string[]>();
  for (const path of paths) {
    const list = byKind.get(pageKind(path)) ?? [];
    if (list.length < perKind) list.push(path);
    byKind.set(pageKind(path), list);
  }
  return byKind;
}

export async function measureJs(
  browser: Browser,
  origin: string,
  paths: readonly string[],
  perKind = 5,
): Promise<{ byKind: JsBeforeInteraction[]; chartPages: ChartPageJs[]; read: ReadPageJs[] }> {
  const byKind: JsBeforeInteraction[] = [];
  for (const [kind, sample] of samplePages(paths, perKind)) {
    const runs = [];
    for (const path of sample) {
      const context = await freshContext(browser);
      try {
        runs.push(await scriptsFetched(context, origin + path));
      } finally {
        await context.close();
      }
    }
    byKind.push({
      kind,
      pagesMeasured: runs.length,
      requests: median(runs.map((r) => r.requests)),
      transfer: median(runs.map((r) => r.transfer)),
      decoded: median(runs.map((r) => r.decoded)),
    });
  }

  const chartPages: ChartPageJs[] = [];
  for (const { id: viewportId, viewport, isMobile } of VIEWPORTS) {
    for (const p of CHART_PAGES) {
      const context = await freshContext(browser, { viewport, isMobile });
      try {
        const { requests, transfer, decoded, chartTop } = await scriptsFetched(context, origin + p.path);
        chartPages.push({ page: p.id, viewport: viewportId, requests, transfer, decoded, chartTop });
      } finally {
        await context.close();
      }
    }
  }

  const read: ReadPageJs[] = [];
  for (const p of READ_PAGES) {
    const context = await freshContext(browser);
    try {
      const { requests, transfer, decoded, charts } = await scriptsFetched(context, origin + p.path, true);
      read.push({ page: p.id, requests, transfer, decoded, charts });
    } finally {
      await context.close();
    }
  }
  return { byKind, chartPages, read };
}

/** Where a header search dialog's parts are, and the state that says it is ready once the reader has shown intent. */
export interface DialogParts {
  button: string;
  input: string;
  result: string;
  /** A selector that matches once the dialog has loaded what a first query needs; none: the network going idle. */
  ready?: string;
  /**
   * How the dialog says which query its results answer: the site's list
   * carries it (data-query, and no aria-busy once they are the answer);
   * Pagefind's default UI writes "N results for <query>" once they are.
   */
  answers: { list: string } | { message: string };
}

/** The site's own dialog (src/search/dialog.ts): loaded on intent, ready once Pagefind's runtime and index metadata are in. */
export const SITE_DIALOG: DialogParts = {
  button: 'site-search button[data-open-modal]',
  input: 'dialog[open] input[role="combobox"]',
  result: 'dialog[open] [role="option"]',
  ready: 'site-search[data-search-ready]',
  answers: { list: 'dialog[open] [role="listbox"]' },
};

/** A bare Starlight site's dialog: Pagefind's default UI, loaded on idle. */
export const STARLIGHT_DIALOG: DialogParts = {
  button: 'button[data-open-modal]',
  input: 'dialog[open] input',
  result: 'dialog[open] .pagefind-ui__result-link',
  answers: { message: 'dialog[open] .pagefind-ui__message' },
};

/**
 * Types `query` into the open dialog (one input event: the last keystroke)
 * and returns the time, measured in the page, from that event to the first
 * result in the dialog's DOM.
 */
async function keystrokeToFirstResult(page: Page, DIALOG: DialogParts, query: string): Promise<{ ms: number; results: number }> {
  await page.fill(DIALOG.input, '');
  await page.waitForFunction((selector) => !document.querySelector(selector), DIALOG.result);
  await page.evaluate(
    ([inputSelector, resultSelector]) => {
      const w = window as unknown as { benchFirstResult?: Promise<number> };
      w.benchFirstResult = new Promise<number>((resolve) => {
        let typedAt = Number.NaN;
        document.querySelector(inputSelector)?.addEventListener('input', () => (typedAt = performance.now()), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (!Number.isNaN(typedAt) && document.querySelector(resultSelector)) {
            observer.disconnect();
            resolve(performance.now() - typedAt);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    [DIALOG.input, DIALOG.result] as const,
  );
  await page.fill(DIALOG.input, query);
  const ms = await page.evaluate(() => (window as unknown as { benchFirstResult: Promise<number> }).benchFirstResult);
  return { ms, results: await page.locator(DIALOG.result).count() };
}

export interface DialogTiming {
  /** The query typed first in a fresh visit, and its time. */
  first: { query: string; ms: number; results: number };
  /** The other queries typed after it in the same visit. */
  later: Array<{ query: string; ms: number; results: number }>;
}

export interface SearchMeasurements {
  dialog: DialogTiming[];
  /** The dialog typed key by key (measureTyping). */
  typing: TypingTiming[];
  /** /search/: bytes and time of a first search, per query. */
  page: SearchMetrics[];
}

/**
 * One fresh visit of the home page per query: the reader points at the
 * search button (intent), opens the dialog and types that query first, then
 * the others.
 */
export async function measureDialog(browser: Browser, origin: string, queries: readonly string[], DIALOG: DialogParts): Promise<DialogTiming[]> {
  return visitsWithDialogOpen(browser, origin, queries, DIALOG, (page, query) => keystrokeToFirstResult(page, DIALOG, query));
}

/**
 * One fresh visit of the home page per query, as a reader makes it: point at
 * the search button (intent), wait until the dialog is ready, open it; then
 * `measure` that query first and the others after it in the same visit.
 */
async function visitsWithDialogOpen<T extends object>(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  DIALOG: DialogParts,
  measure: (page: Page, query: string) => Promise<T>,
): Promise<Array<{ first: { query: string } & T; later: Array<{ query: string } & T> }>> {
  const visits = [];
  for (const query of queries) {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await page.hover(DIALOG.button);
      if (DIALOG.ready) await page.waitForSelector(DIALOG.ready, { state: 'attached' });
      else await page.waitForLoadState('networkidle');
      await page.click(DIALOG.button);
      await page.waitForSelector(DIALOG.input, { state: 'visible' });
      const first = { query, ...(await measure(page, query)) };
      const later = [];
      for (const other of queries.filter((q) => q !== query)) later.push({ query: other, ...(await measure(page, other)) });
      visits.push({ first, later });
    } finally {
      await context.close();
    }
  }
  return visits;
}

/** The paces the dialog is typed at: keys sent without a pause (a fast typist, or a paste then an edit), and a typist's 120 ms a key. */
export const PACES = [
  { id: 'nopause', label: 'keys without a pause', delayMs: 0 },
  { id: 'typist', label: 'a key every 120 ms', delayMs: 120 },
] as const;
export type PaceId = (typeof PACES)[number]['id'];

export interface TypingTiming extends DialogTiming {
  pace: PaceId;
}

/**
 * Types `query` key by key into the open dialog, `delayMs` between keys,
 * and returns the time, measured in the page, from the last key's input
 * event to the moment the dialog shows the results of the whole query (not
 * of a part of it: what it says it answers, DialogParts.answers).
 */
async function lastKeyToAnswer(page: Page, DIALOG: DialogParts, query: string, delayMs: number): Promise<{ ms: number; results: number }> {
  await page.fill(DIALOG.input, '');
  await page.waitForFunction((selector) => !document.querySelector(selector), DIALOG.result);
  await page.evaluate(
    ([inputSelector, resultSelector, answers, q]) => {
      const w = window as unknown as { benchAnswer?: Promise<number> };
      w.benchAnswer = new Promise<number>((resolve) => {
        let lastKeyAt = Number.NaN;
        const input = document.querySelector<HTMLInputElement>(inputSelector);
        input?.addEventListener('input', () => (lastKeyAt = performance.now()), { capture: true });
        const answered = () => {
          if (!document.querySelector(resultSelector)) return false;
          if ('list' in answers) {
            const list = document.querySelector<HTMLElement>(answers.list);
            return list?.dataset['query'] === q && !list.hasAttribute('aria-busy');
          }
          // "12 results for madrasa", not "Searching for madrasa..." nor the results of "madras".
          const message = document.querySelector(answers.message)?.textContent?.trim() ?? '';
          return /^\d+ results? for /.test(message) && message.endsWith(` for ${q}`);
        };
        const observer = new MutationObserver(() => {
          if (input?.value === q && answered()) {
            observer.disconnect();
            resolve(performance.now() - lastKeyAt);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      });
    },
    [DIALOG.input, DIALOG.result, DIALOG.answers, query] as const,
  );
  await page.locator(DIALOG.input).pressSequentially(query, { delay: delayMs });
  const ms = await page.evaluate(() => (window as unknown as { benchAnswer: Promise<number> }).benchAnswer);
  return { ms, results: await page.locator(DIALOG.result).count() };
}

/**
 * As measureDialog, with each query typed key by key at each pace: one fresh
 * visit per query and pace, the first query typed once intent is shown and
 * the dialog ready, then the others.
 */
export async function measureTyping(browser: Browser, origin: string, queries: readonly string[], DIALOG: DialogParts): Promise<TypingTiming[]> {
  const timings: TypingTiming[] = [];
  for (const { id: pace, delayMs } of PACES) {
    const visits = await visitsWithDialogOpen(browser, origin, queries, DIALOG, (page, query) => lastKeyToAnswer(page, DIALOG, query, delayMs));
    timings.push(...visits.map((visit) => ({ pace, ...visit })));
  }
  return timings;
}

/** The typing figures of a run (`<prefix>.typed.<pace>.first.ms`, `….later.ms`: medians), by the names bench/budgets.ts uses. */
export function typingFigures(prefix: string, timings: readonly TypingTiming[]): Array<[string, number]> {
  return PACES.flatMap(({ id }) => {
    const at = timings.filter((t) => t.pace === id);
    return [
      [`${prefix}.typed.${id}.first.ms`, median(at.map((t) => t.first.ms))],
      [`${prefix}.typed.${id}.later.ms`, median(at.flatMap((t) => t.later.map((l) => l.ms)))],
    ] as Array<[string, number]>;
  });
}

/** The report's table of typed queries: each query and pace, the site beside bare Starlight. */
export function typingTable(site: readonly TypingTiming[], bare: readonly TypingTiming[] = []): { header: string[]; rows: string[][] } {
  const cell = (timings: readonly TypingTiming[], pace: PaceId, query: string) => {
    const first = timings.find((t) => t.pace === pace && t.first.query === query)?.first;
    const later = timings.filter((t) => t.pace === pace).flatMap((t) => t.later.filter((l) => l.query === query));
    return [first ? `${Math.round(first.ms)} ms` : '–', later.length > 0 ? later.map((l) => `${Math.round(l.ms)} ms`).join(', ') : '–'];
  };
  const queries = [...new Set(site.map((t) => t.first.query))];
  return {
    header: ['Pace', 'Query', 'First query of a visit', 'Typed after the others', 'Bare Starlight: first', 'Bare Starlight: after'],
    rows: PACES.flatMap(({ id, label }) => queries.map((query) => [label, query, ...cell(site, id, query), ...cell(bare, id, query)])),
  };
}

/** The dialog (measureDialog, measureTyping), and a first search on /search/ per query. */
export async function measureSearchTimes(browser: Browser, origin: string, queries: readonly string[]): Promise<SearchMeasurements> {
  const dialog = await measureDialog(browser, origin, queries, SITE_DIALOG);
  const typing = await measureTyping(browser, origin, queries, SITE_DIALOG);
  const page: SearchMetrics[] = [];
  for (const query of queries) page.push(await measureSearch(browser, origin, query));
  return { dialog, typing, page };
}
