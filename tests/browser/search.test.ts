/**
 * Search, in Chromium, against the built site: every name of every entity
 * finds its own page, deep phrases land on the right chapter section,
 * filters narrow results, the keyboard alone is enough, the header's search
 * button is named by its visible text, and every entity is reachable
 * without JavaScript.
 *
 * Most expectations come from the data files (tests/support/search.ts):
 * every spelling, alias, short name and role in content/ must find its own
 * entity's page first (or tied with the other entities the data gives that
 * same name), and every author's surname their theories; a short name
 * ranks the pages that name its entity before pages that only contain the
 * word it spells ("LeT", "let"), and every name typed without its hyphens,
 * apostrophes or accents still finds its page. A fixed table adds
 * what readers type that is not a name in the data (topics, authors,
 * phrases from the chapters) and the section each phrase must land on.
 */
import GithubSlugger from 'github-slugger';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAxe } from '../support/axe.ts';
import { newLoopbackContext, openPage, settle, type OpenedPage } from '../support/browser.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';
import { FIRST_RESULTS } from '../../src/search/results.ts';
import {
  authorQueries,
  countOf,
  DIALOG,
  dialogResults,
  dialogSearch,
  entityPages,
  entries,
  indexedPages,
  measureSearch,
  nameQueries,
  nameVariants,
  nextResults,
  ranked,
  resultsAfter,
  search,
  searchIndex,
  shownResults,
  staticScripts,
  type IndexedResult,
} from '../support/search.ts';

/** A reader looks at the first three results. */
const TOP = 3;

/**
 * Budgets (bytes) for the index and the first search; see the measuring test
 * below. Times are measured and printed there but not asserted: on a shared
 * machine they measure the machine's load as much as the site, and a test
 * must fail only when the behaviour is wrong. `npm run bench` reports them
 * (scripts/bench/browser.ts, budgets in bench/budgets.ts).
 */
const BUDGET = {
  /** dist/pagefind/ on disk, Pagefind's code included (about 1.1 MB for 151 pages in 2026). */
  indexBytes: 2_000_000,
  /** What a first search downloads from /pagefind/ (about 225 kB). */
  firstSearchBytes: 400_000,
};

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;
let searchPage!: OpenedPage;
/** One /search/ page, shared by the query tables (searching again replaces the results). */
let page!: Page;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
  searchPage = await openPage(context, `${server.origin}/search/`);
  page = searchPage.page;
});

afterAll(async () => {
  await searchPage?.close();
  await closeSession({ server, browser, context });
});

/**
 * Every name and author surname, searched in one page evaluation against the
 * built index (tests/support/search.ts, searchIndex): Pagefind's browser API
 * with the site's ranking, the first ten results of each. What each search
 * interface then shows is computed from those with the site's own functions
 * (src/search/results.ts): /search/ puts exact names first, then pages
 * that name the entity (rankedResults).
 *
 * The header dialog is checked through its own search function: every name
 * in one more page evaluation calling the dialog's `find` (the search step
 * it shares with /search/, src/search/find.ts), and a few real typed
 * searches below that must show the same first result.
 */
const NAMES = nameQueries();
const AUTHORS = authorQueries();
let indexed!: Map<string, IndexedResult[]>;
/** What the header dialog lists for each name, as URLs (tests/support/search.ts, dialogSearch). */
let inDialog!: Map<string, string[]>;

beforeAll(async () => {
  // Any page but /search/, before intent: the home page has not loaded Pagefind.
  const home = await openPage(context, `${server.origin}/`);
  try {
    indexed = await searchIndex(home.page, [...NAMES.map((q) => q.query), ...AUTHORS.map((q) => q.query)]);
  } finally {
    await home.close();
  }
  const chapter = await openPage(context, `${server.origin}/chapters/introduction/`);
  try {
    inDialog = await dialogSearch(
      chapter.page,
      NAMES.map((q) => q.query),
    );
  } finally {
    await chapter.close();
  }
  // Some 900 searches in two page evaluations: about a minute on a quiet machine, several at a load average of 15 on two cores.
}, 600_000);

/**
 * What the /search/ page lists first for `query`, as URLs, ranked by its own
 * function (rankedResults) from the first ten results. (For a name it may
 * also look at the next ten; a page it finds there can only add to these.)
 */
const searchPageUrls = async (query: string, count: number) => (await ranked(indexed.get(query) ?? [], query)).slice(0, count).map((v) => v.url);

describe('every name in the data finds its own page first', () => {
  test('the index answered every name and surname', () => {
    // Every entity of the data has at least one name to find it by.
    const entityFiles = ['organizations', 'drivers', 'groups', 'theories', 'interviewees'].flatMap((c) => entries(c));
    expect(new Set(NAMES.map((q) => q.page)).size).toBe(entityFiles.length);
    expect([...NAMES, ...AUTHORS].filter((q) => !indexed.get(q.query)?.length).map((q) => q.query)).toEqual([]);
    expect(NAMES.filter((q) => !inDialog.get(q.query)?.length).map((q) => q.query)).toEqual([]);
  });

  test.for(NAMES)('on /search/: “$query” → $page ($from)', async ({ query, page: expected, sharedBy }) => {
    // Tied only with the entities that go by the same name, e.g. the host
    // group "Afghan Taliban" and the organization "Afghan Taliban".
    expect(await searchPageUrls(query, sharedBy.length)).toContain(expected);
  });

  test.for(NAMES)("in the header's dialog: “$query” → $page", ({ query, page: expected, sharedBy }) => {
    const listed = inDialog.get(query) ?? [];
    expect(listed.slice(0, sharedBy.length), `listed: ${listed.slice(0, 3).join(', ')}`).toContain(expected);
  });
});

/**
 * Names as names, on /search/ (src/search/results.ts, rankedResults): a short
 * name is matched as the name before it is matched as a word, and a name
 * typed without its hyphens, apostrophes or accents is still the name.
 * Computed, as above, from one page evaluation of the built index, here with
 * every result of each query and its text, so that the test knows which
 * pages name the entity at all.
 */
describe('names as names: a short name before the word it spells, a name without its hyphens or apostrophes', () => {
  /** Short names: one word of at most five characters ("LeT", "UN", "IS", "Roy"). */
  const SHORT = NAMES.filter((q) => !/\s/.test(q.query) && q.query.length <= 5);
  const VARIANTS = nameVariants(NAMES);
  /**
   * Typed as a transliteration writes it: an ayn or a hamza (modifier letters,
   * which Unicode counts as letters and Pagefind would keep) where the data
   * writes an apostrophe or nothing, and long vowels marked. `name` is the
   * data's name they stand for; its page comes from the data.
   */
  const TRANSLITERATED = [
    { query: 'Jamāʿat-e-Islāmī', name: 'Jamaat-e-Islami' },
    { query: 'Daʿesh', name: 'Daesh' },
    { query: 'Daʾesh', name: 'Daesh' },
  ].map((t) => ({ ...t, sharedBy: NAMES.find((q) => q.query === t.name)!.sharedBy }));

  /** Every name the data gives each page. */
  const namesOf = new Map<string, string[]>();
  for (const q of NAMES) namesOf.set(q.page, [...(namesOf.get(q.page) ?? []), q.query]);
  /** A name as a pattern for whole words, case and all: its parts in order, anything but a letter or digit between them. */
  const asWords = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${(name.match(/[\p{L}\p{N}]+/gu) ?? []).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  /** Whether a result names the entity (or entities) that go by `q`: its own page, or a page whose text has one of their names as written in the data. */
  const namesEntity = (q: (typeof SHORT)[number], r: IndexedResult) =>
    q.sharedBy.includes(r.url) || q.sharedBy.flatMap((p) => namesOf.get(p) ?? []).some((name) => asWords(name).test(r.content));
  const EVERY = Number.MAX_SAFE_INTEGER;
  let every!: Map<string, IndexedResult[]>;

  beforeAll(async () => {
    const home = await openPage(context, `${server.origin}/`);
    try {
      every = await searchIndex(home.page, [...new Set([...SHORT, ...VARIANTS, ...TRANSLITERATED].map((q) => q.query))], EVERY);
    } finally {
      await home.close();
    }
  });

  test('the data has short names, and names with hyphens and apostrophes, to check', () => {
    expect(SHORT.length).toBeGreaterThan(20);
    expect(VARIANTS.filter((v) => v.change === 'spaces for hyphens').length).toBeGreaterThan(20);
    expect(VARIANTS.filter((v) => v.change.startsWith('apostrophes')).length).toBeGreaterThan(0);
  });

  test('“LeT”: Lashkar-e-Taiba first, and none of the first three a page with “let” only as a word', async () => {
    const q = SHORT.find((n) => n.query === 'LeT')!;
    const found = every.get('LeT')!;
    // The control: Pagefind's own order has a page that does not name LeT among the first three.
    expect(found.slice(0, TOP).filter((r) => !namesEntity(q, r)).length).toBeGreaterThan(0);
    const shown = (await ranked(found, 'LeT')).slice(0, TOP);
    expect(shown[0]?.url).toBe(q.page);
    const byUrl = new Map(found.map((r) => [r.url, r]));
    expect(shown.filter((v) => !namesEntity(q, byUrl.get(v.url)!)).map((v) => v.url)).toEqual([]);
  });

  test('every short name: its page first, then pages that name the entity, before any page that matched only a word', async () => {
    const failures: string[] = [];
    let controls = 0;
    for (const q of SHORT) {
      const found = every.get(q.query) ?? [];
      const byUrl = new Map(found.map((r) => [r.url, r]));
      const naming = found.filter((r) => namesEntity(q, r)).length;
      const top = Math.min(TOP, naming);
      if (found.slice(0, top).some((r) => !namesEntity(q, r))) controls++;
      const shown = await ranked(found, q.query);
      const wordOnly = shown.slice(0, top).filter((v) => !namesEntity(q, byUrl.get(v.url)!));
      if (!q.sharedBy.includes(shown[0]?.url ?? '') || wordOnly.length > 0)
        failures.push(`“${q.query}”: ${shown.slice(0, TOP).map((v) => v.url)} (${naming} of ${found.length} results name it)`);
    }
    expect(failures).toEqual([]);
    // Pagefind alone fails this for several of them ("LeT", "UN", "HuM" …): the check is live.
    expect(controls).toBeGreaterThan(2);
  });

  test('typed into /search/, a name shows the results computed here, in the same order', async () => {
    // "HuM" looks ten results further (few of the first ten name Harkat-ul-Mujahideen), "Daʿesh" is transliterated.
    for (const query of ['LeT', 'UN', 'HuM', 'Daʿesh']) {
      const computed = (await ranked(every.get(query) ?? [], query)).slice(0, FIRST_RESULTS).map((v) => v.url);
      expect(
        (await search(page, query)).map((r) => r.url),
        query,
      ).toEqual(computed);
    }
  });

  test.for(TRANSLITERATED)('“$query”, transliterated, is “$name”', async ({ query, sharedBy }) => {
    const shown = await ranked(every.get(query) ?? [], query);
    expect(sharedBy, `first: ${shown[0]?.url}`).toContain(shown[0]?.url);
  });

  test.for(VARIANTS)('“$query” ($change, of “$of”) → $page', async ({ query, sharedBy }) => {
    const shown = await ranked(every.get(query) ?? [], query);
    expect(sharedBy, `first: ${shown[0]?.url}`).toContain(shown[0]?.url);
  });
});

/**
 * No false hits. Pagefind, for a word no indexed word begins with, falls back
 * to the longest indexed word that the query's word begins with: an author's
 * initial ("Z." for "Zarb-e-Azb", "T." for "TTP", "S." for "Sipah-e-Sahaba")
 * in the reference list, the open data and the theories. The queries here are
 * the reader's three from issue 24 and, for every letter that stands alone as
 * an initial in the built index, that letter followed by letters that begin
 * no word of the index: derived from the index's own text (its fragment
 * files), read here without the site's code.
 */
describe('a word the site does not use finds nothing, however Pagefind falls back', () => {
  const PAGES = indexedPages();
  /** A word of the index as readers' words are compared with it: lowercase, no accents; whole, and its parts. */
  const forms = (word: string) => {
    const parts = word
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    return [parts.join(''), ...parts];
  };
  const FORMS = [...new Set(PAGES.flatMap((p) => p.content.split(/\s+/).flatMap(forms)))];
  /** Whether any word of the index begins with `word` (as the query's words are read: punctuation dropped). */
  const used = (word: string) => {
    const key = forms(word)[0] ?? '';
    return FORMS.some((f) => f.startsWith(key));
  };
  const INITIALS = [...new Set(PAGES.flatMap((p) => p.content.match(/(?<=^|\s|\()\p{Lu}(?=\.)/gu) ?? []))].sort();
  const SUFFIXES = ['qx', 'xq', 'zq', 'jx', 'qz'];
  const DERIVED = INITIALS.map((letter) => `${letter}${SUFFIXES.find((suffix) => !used(`${letter}${suffix}`))}`);
  const ISSUE = ['Zarb-e-Azb', 'TTP', 'Sipah-e-Sahaba'];
  const ABSENT = [...ISSUE, ...DERIVED];
  let pagefindAlone!: Map<string, IndexedResult[]>;
  let found!: Map<string, string[]>;

  beforeAll(async () => {
    const home = await openPage(context, `${server.origin}/`);
    try {
      // As a reader types them: the letter first (its index chunk is then loaded), then the word.
      pagefindAlone = await searchIndex(home.page, [...new Set([...ABSENT.flatMap((q) => [q.slice(0, 1), q])])], Number.MAX_SAFE_INTEGER);
    } finally {
      await home.close();
    }
    const chapter = await openPage(context, `${server.origin}/chapters/introduction/`);
    try {
      found = await dialogSearch(chapter.page, [...ABSENT.flatMap((q) => [q.slice(0, 1), q])]);
    } finally {
      await chapter.close();
    }
  });

  test('the queries are words the index does not use, and Pagefind alone lists pages for each (the control)', () => {
    expect(INITIALS.length).toBeGreaterThan(15);
    expect(DERIVED.every((q) => !q.endsWith('undefined'))).toBe(true);
    expect(ABSENT.filter(used)).toEqual([]);
    expect(ABSENT.filter((q) => (pagefindAlone.get(q) ?? []).length === 0)).toEqual([]);
  });

  test("the dialog's search (and /search/'s, the same step) finds nothing for any of them", () => {
    expect(ABSENT.filter((q) => (found.get(q) ?? []).length > 0).map((q) => `${q}: ${found.get(q)?.slice(0, 3).join(', ')}`)).toEqual([]);
  });

  test('a word being typed still finds pages: the first four letters of the first longer word of each entity’s name', async () => {
    const firstNames = [...new Map(NAMES.map((q) => [q.page, q.query] as const).toReversed()).values()];
    const prefixes = [
      ...new Set(
        firstNames.flatMap(
          (name) =>
            name
              .split(/[^\p{L}]+/u)
              .find((w) => w.length >= 6)
              ?.slice(0, 4) ?? [],
        ),
      ),
    ];
    expect(prefixes.length).toBeGreaterThan(40);
    const home = await openPage(context, `${server.origin}/`);
    const chapter = await openPage(context, `${server.origin}/chapters/introduction/`);
    try {
      // Those Pagefind itself matches as a word being typed: a page's word at a match location begins with them. Pagefind stems
      // the query's word first, and a few stems are not the beginning of the word ("Tayy" → "tayi": not "Tayyiba").
      const alone = await searchIndex(home.page, prefixes);
      const extended = prefixes.filter((q) =>
        (alone.get(q) ?? []).some((r) => {
          const words = r.content.split(/\s+/);
          return r.locations.some((l) => forms(words[l] ?? '').some((f) => f.startsWith(q.toLowerCase())));
        }),
      );
      expect(extended.length).toBeGreaterThan(prefixes.length * 0.8);
      const typed = await dialogSearch(chapter.page, extended);
      expect(extended.filter((q) => (typed.get(q) ?? []).length === 0)).toEqual([]);
    } finally {
      await home.close();
      await chapter.close();
    }
  });

  test('typed into the dialog, “TTP” says there is no result, and offers the filters and the indexes', async () => {
    const opened = await openPage(context, `${server.origin}/chapters/introduction/`);
    const { page: p } = opened;
    try {
      await openDialog(p);
      await p.keyboard.type('TTP');
      await p.waitForFunction((selector) => {
        const list = document.querySelector<HTMLElement>(selector);
        return list?.dataset['query'] === 'TTP' && !list.hasAttribute('aria-busy');
      }, DIALOG.list);
      expect(await p.textContent('[data-dialog-status]')).toBe('No results for “TTP”.');
      expect(await p.locator(DIALOG.option).count()).toBe(0);
      expect(await p.isVisible('site-search [data-search-none]')).toBe(true);
      const indexes = await p.$$eval('site-search [data-search-none] a', (links) => links.map((a) => a.getAttribute('href')));
      expect(new Set(indexes)).toEqual(new Set(['/drivers/', '/groups/', '/organizations/', '/theories/', '/interviews/']));
      expect(await p.isVisible('site-search select[name="kind"]')).toBe(true);
      // A word it uses hides the offer again.
      expect((await dialogResults(p, 'Haifz')).length).toBeGreaterThan(0);
      expect(await p.isVisible('site-search [data-search-none]')).toBe(false);
    } finally {
      await opened.close();
    }
  });

  test('on /search/, “Zarb-e-Azb” lists nothing and points to the filters and the indexes', async () => {
    expect(await search(page, 'Zarb-e-Azb')).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toBe('No results for “Zarb-e-Azb”.');
    expect(await page.isVisible('search-panel [data-search-none]')).toBe(true);
    expect(await page.getAttribute('search-panel [data-search-none] a', 'href')).toBe('#browse');
    expect(await page.isVisible('#browse')).toBe(true);
    expect(await search(page, 'Durand Line')).not.toEqual([]);
    expect(await page.isVisible('search-panel [data-search-none]')).toBe(false);
  });
});

/**
 * The newest query wins, and the results of a replaced one never pass for
 * its answer. Pagefind's index chunks and fragments are held back (the
 * context's routes also catch its worker's requests) while the reader types,
 * so that what happens to a query typed over does not depend on the
 * machine's speed: each key is a query waiting for the network.
 */
describe('a search that keeps up: the newest query wins, stale results are marked as updating', () => {
  /** A context whose /pagefind/ index chunks and fragments wait until `release()`; `hold()` starts holding them again. */
  async function heldContext() {
    const held = await newLoopbackContext(browser);
    let open = true;
    let release = () => {};
    let gate = Promise.resolve();
    const hold = () => {
      open = false;
      gate = new Promise<void>((resolve) => (release = () => ((open = true), resolve())));
    };
    await held.route(/\/pagefind\/(index|fragment)\//, async (route) => {
      if (!open) await gate;
      await route.continue();
    });
    return { held, hold, release: () => release() };
  }
  /** Page URL of each fragment file of the built index. */
  const urlOfFragment = new Map(indexedPages().map((p) => [`/pagefind/fragment/${p.id}.pf_fragment`, p.url]));
  const busy = (p: Page, selector: string) =>
    p.$eval(selector, (node) => ({ busy: node.getAttribute('aria-busy'), opacity: Number(getComputedStyle(node).opacity) }));

  test('typed over, a query fetches no fragment: only the last query’s pages are fetched, and its results are shown', async () => {
    const query = 'Khunza';
    const { held, hold, release } = await heldContext();
    try {
      const p = await held.newPage();
      const fragments: string[] = [];
      p.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/fragment/')) fragments.push(path);
      });
      await p.goto(`${server.origin}/chapters/introduction/`, { waitUntil: 'load' });
      await openDialog(p);
      await p.waitForSelector('site-search[data-search-ready]', { state: 'attached' });
      hold();
      // Every key a query ("K", "Kh", …) waiting for its index chunk.
      await p.keyboard.type(query);
      release();
      await p.waitForFunction(
        ([selector, q]) => {
          const list = document.querySelector<HTMLElement>(selector);
          return list?.dataset['query'] === q && !list.hasAttribute('aria-busy');
        },
        [DIALOG.list, query] as const,
      );
      const shown = await p.$$eval(DIALOG.option, (options) => options.map((o) => (o as HTMLElement).dataset['url'] ?? ''));
      const expected = await p.evaluate(async (q) => {
        const dialog = document.querySelector('site-search') as HTMLElement & { find(query: string): Promise<Array<{ url: string }>> };
        return (await dialog.find(q)).map((view) => view.url);
      }, query);
      expect(shown.filter((url) => !url.includes('#'))).toEqual(expected);
      // Pages with "Khunza" in the built index: every fragment fetched is one of them (the control: "K" alone matches most pages).
      const khunza = new Set(
        indexedPages()
          .filter((page) => /khunza/i.test(page.content))
          .map((page) => page.url),
      );
      expect(khunza.size).toBeGreaterThan(0);
      expect(khunza.size).toBeLessThan(urlOfFragment.size / 4);
      expect(fragments.length).toBeGreaterThan(0);
      expect(fragments.map((path) => urlOfFragment.get(path) ?? path).filter((url) => !khunza.has(url))).toEqual([]);
    } finally {
      release();
      await held.close();
    }
  });

  test.for([
    { where: 'the dialog', path: '/chapters/introduction/', list: DIALOG.list, status: '[data-dialog-status]', item: DIALOG.option },
    { where: '/search/', path: '/search/', list: '[data-search-results]', status: '[data-search-status]', item: '[data-search-results] > li' },
  ])('in $where, the results on screen while a new query runs are marked as updating, then replaced', async ({ path, list, status, item }) => {
    const { held, hold, release } = await heldContext();
    try {
      const p = await held.newPage();
      await p.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const input = path === '/search/' ? '#search-query' : DIALOG.input;
      if (path !== '/search/') await openDialog(p);
      const answered = (q: string) =>
        p.waitForFunction(
          ([selector, query]) => {
            const node = document.querySelector<HTMLElement>(selector);
            return node?.dataset['query'] === query && !node.hasAttribute('aria-busy');
          },
          [list, q] as const,
        );
      await p.fill(input, 'Haifz');
      await answered('Haifz');
      const before = await p.locator(item).count();
      expect(before).toBeGreaterThan(0);
      expect(await busy(p, list)).toEqual({ busy: null, opacity: 1 });
      hold();
      // Its fragments (chapters on the Durand Line) were never fetched: the query waits for them.
      await p.fill(input, 'Durand Line');
      await p.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-busy') === 'true', list);
      const stale = await busy(p, list);
      expect(stale.busy).toBe('true');
      expect(stale.opacity).toBeLessThan(1);
      expect((await busy(p, status)).busy).toBe('true');
      expect(await p.locator(item).count()).toBe(before);
      release();
      await answered('Durand Line');
      expect(await busy(p, list)).toEqual({ busy: null, opacity: 1 });
      expect(await p.textContent(status)).toMatch(/^\d+ results? for “Durand Line”\.$/);
    } finally {
      release();
      await held.close();
    }
  });
});

/** Opens the header's search dialog on `p` with its button (a pointer over it first: the reader's intent). */
async function openDialog(p: Page): Promise<void> {
  await p.click(DIALOG.button);
  await p.locator(DIALOG.input).waitFor();
}

describe("typed into the header's dialog", () => {
  let dialog!: OpenedPage;
  beforeAll(async () => {
    dialog = await openPage(context, `${server.origin}/chapters/introduction/`);
    await openDialog(dialog.page);
  });
  afterAll(async () => {
    await dialog?.close();
  });

  // The first name of each kind of entity in the data, and the first name two entities share.
  const SAMPLE = [...new Map(NAMES.map((q) => [q.from.split('/')[0], q] as const).toReversed()).values(), NAMES.find((q) => q.sharedBy.length > 1)!];

  test.for(SAMPLE)('“$query” ($from): the dialog shows first what its search function returned', async ({ query }) => {
    expect((await dialogResults(dialog.page, query))[0]).toBe(inDialog.get(query)?.[0]);
  });

  test('results show sections at their headings, labelled with their page; no title shows twice in one result', async () => {
    const p = dialog.page;
    const urls = await dialogResults(p, 'Durand Line');
    expect(urls.some((url) => url.includes('#'))).toBe(true);
    const options = await p.$$eval(DIALOG.option, (items) =>
      items.map((o) => ({
        url: (o as HTMLElement).dataset['url'] ?? '',
        text: o.textContent ?? '',
        titles: o.querySelectorAll('.search-option-title').length,
      })),
    );
    for (const option of options) expect(option.titles, option.url).toBe(1);
    const page = options.find((o) => o.url.includes('#'))!.url.split('#')[0];
    const pageOption = options.find((o) => o.url === page)!;
    const title = (await p.$eval(`${DIALOG.option}[data-url="${page}"] .search-option-title`, (t) => t.textContent)) ?? '';
    // The page's option shows its title once; each section's option names the page once, for a screen reader.
    expect(pageOption.text.split(title).length - 1).toBe(1);
    for (const section of options.filter((o) => o.url.startsWith(`${page}#`))) expect(section.text.startsWith(`${title}: `)).toBe(true);
  });

  test('the query and filters go into the link to /search/, and the filters narrow the list', async () => {
    const p = dialog.page;
    await dialogResults(p, 'Taliban');
    expect(await p.getAttribute('a[data-search-page-link]', 'href')).toBe('/search/?q=Taliban');
    await p.selectOption('site-search select[name="kind"]', 'Organization');
    await p.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('href')?.includes('kind=Organization') === true,
      'a[data-search-page-link]',
    );
    const organizations = await dialogResults(p, 'Taliban');
    expect(organizations.length).toBeGreaterThan(0);
    expect(organizations.every((url) => url.startsWith('/organizations/'))).toBe(true);
    expect(await p.getAttribute('a[data-search-page-link]', 'href')).toBe('/search/?q=Taliban&kind=Organization');
    await p.selectOption('site-search select[name="kind"]', '');
  });
});

describe("an author's surname finds their theories in the top three", () => {
  test.for(AUTHORS)('“$query” → $pages', async ({ query, pages }) => {
    const found = await searchPageUrls(query, Math.max(TOP, pages.length));
    for (const expected of pages) expect(found).toContain(expected);
  });
});

/** What readers type, by kind of page; `heading`: the section a chapter result must lead with. */
const TABLE: Array<{ query: string; page: string; heading?: string }> = [
  // Drivers, by a name of theirs or what they are about
  { query: 'porous border', page: '/drivers/geographical-proximity/' },
  { query: 'quest for significance', page: '/drivers/quest-for-significance/' },
  { query: 'Financial Assistance', page: '/drivers/financial-motivations/' },
  { query: 'adventure', page: '/drivers/desire-for-adventure/' },
  { query: 'charisma', page: '/drivers/organizational-credibility/' },
  { query: 'sectarian', page: '/drivers/sectarian-affiliation/' },
  // Organizations, under their spellings and short names, the thesis's variants among them
  { query: 'LeT', page: '/organizations/lashkar-e-taiba/' },
  { query: 'Lashkar-e-Taiba', page: '/organizations/lashkar-e-taiba/' },
  { query: 'Daesh', page: '/organizations/islamic-state/' },
  { query: 'ISIL', page: '/organizations/islamic-state/' },
  { query: 'Lashkar-e-Jhangvi', page: '/organizations/lashkar-e-jhangvi/' },
  { query: 'Lashkar-e-Jhngi', page: '/organizations/lashkar-e-jhangvi/' },
  { query: 'JuD', page: '/organizations/jamat-ud-dawa/' },
  { query: 'Hakar-tul-Mujahideen', page: '/organizations/harkat-ul-mujahideen/' },
  { query: 'Jaish', page: '/organizations/jaish-e-muhammad/' },
  { query: 'Khorasan', page: '/organizations/islamic-state-khorasan/' },
  // Theories, by name, misspelling or author
  { query: 'Hafez and Mullins', page: '/theories/hafez-mullins-non-linear-model/' },
  { query: 'Haifz', page: '/theories/hafez-mullins-non-linear-model/' },
  { query: 'staircase to terrorism', page: '/theories/moghaddam-staircase-to-terrorism/' },
  { query: 'bunch of guys', page: '/theories/sageman-bunch-of-guys/' },
  { query: 'Wiktorowicz', page: '/theories/wiktorowicz-framing-model/' },
  { query: 'framing', page: '/theories/wiktorowicz-framing-model/' },
  { query: 'hijrah', page: '/theories/dawson-amarasingam-hijrah/' },
  { query: 'humiliation', page: '/theories/humiliation-revenge-theory/' },
  // Interviewees, by role or institution
  { query: 'PIPS', page: '/interviews/19/' },
  { query: 'Intelligence Bureau Punjab', page: '/interviews/15/' },
  { query: 'NUST', page: '/interviews/18/' },
  { query: 'CTD Sindh', page: '/interviews/14/' },
  { query: 'Deobandi', page: '/interviews/21/' },
  { query: 'Sargodha', page: '/interviews/11/' },
  // Host groups
  { query: 'Shia fighters', page: '/groups/shia-fighters/' },
  { query: 'ISKP', page: '/groups/iskp/' },
  { query: 'Khorasan', page: '/groups/iskp/' },
  // Phrases from deep inside chapters: the chapter, leading with the right section
  { query: 'Hazrat Zainab', page: '/case-studies/syria/', heading: '2. Strong sectarian identity' },
  { query: 'Kaabatu Rizaya', page: '/case-studies/syria/', heading: '2. Strong sectarian identity' },
  { query: 'Khunza and Parachinar', page: '/case-studies/syria/', heading: '2. Strong sectarian identity' },
  { query: 'credit card', page: '/case-studies/syria/', heading: '4. Financial Motivations/Poverty' },
  { query: 'Durand Line', page: '/case-studies/afghanistan/', heading: '6. Geographical contiguity and porous border' },
  { query: 'jihad-e-afzal', page: '/case-studies/kashmir/', heading: '2. Propaganda and Ideologies' },
  { query: 'namaz-e-janaza', page: '/case-studies/kashmir/', heading: '1. Recruitment by Individuals or Organizations' },
  { query: 'Financial Assistance', page: '/case-studies/kashmir/', heading: '6. Financial Assistance' },
  { query: 'Cold War', page: '/chapters/introduction/', heading: '1.1. Foreign Fighters in Historical Perspective' },
  { query: 'semi-structured interviews', page: '/chapters/methodology/', heading: '3.1.Data Collection: Questionnaire & Interviews' },
];

describe('what readers type finds the page in the top three, and a chapter leads with the right section', () => {
  test.for(TABLE)('“$query” → $page $heading', async ({ query, page: expected, heading }) => {
    const top = (await search(page, query)).slice(0, TOP);
    const hit = top.find((r) => r.url === expected);
    expect(hit, `top ${TOP}: ${top.map((r) => r.url).join(', ')}`).toBeDefined();
    if (heading) expect(hit?.sections[0]).toBe(`${expected}#${new GithubSlugger().slug(heading)}`);
  });
});

describe('filters', () => {
  const box = (name: string) => page.getByRole('checkbox', { name, exact: true });
  const untickAll = async () => {
    for (const checkbox of await page.getByRole('checkbox').all()) if (await checkbox.isChecked()) await checkbox.uncheck();
  };

  test('are visible before anything is typed, one per kind of page and per conflict', async () => {
    const fresh = await openPage(context, `${server.origin}/search/`);
    try {
      await expect.poll(() => fresh.page.inputValue('#search-query')).toBe('');
      for (const name of ['Driver', 'Host group', 'Organization', 'Theory', 'Interviewee', 'Chapter', 'View', 'Overview', 'Kashmir', 'Afghanistan', 'Syria']) {
        expect(await fresh.page.getByRole('checkbox', { name, exact: true }).isVisible(), name).toBe(true);
      }
      expect(await shownResults(fresh.page)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('by kind keep only pages of that kind', async () => {
    await untickAll();
    const all = await search(page, 'Taliban');
    expect(new Set(all.map((r) => r.kind)).size).toBeGreaterThan(2);
    const organizations = await nextResults(page, 'Taliban', () => box('Organization').check());
    expect(organizations.length).toBeGreaterThan(0);
    expect(organizations.every((r) => r.kind === 'Organization')).toBe(true);
    expect(organizations.map((r) => r.url)).toContain('/organizations/afghan-taliban/');
    expect(await page.textContent('[data-search-status]')).toMatch(/with the chosen filters/);
    // Two kinds: either.
    const both = await nextResults(page, 'Taliban', () => box('Host group').check());
    expect(new Set(both.map((r) => r.kind))).toEqual(new Set(['Organization', 'Host group']));
    await untickAll();
  });

  test('by conflict keep only pages about that conflict, and combine with kind', async () => {
    await untickAll();
    const all = await search(page, 'recruitment');
    const syria = await nextResults(page, 'recruitment', () => box('Syria').check());
    expect(syria.length).toBeGreaterThan(0);
    expect(syria.length).toBeLessThanOrEqual(all.length);
    expect(
      syria.every((r) => r.conflicts.includes('Syria')),
      syria.map((r) => `${r.url} ${r.conflicts}`).join('\n'),
    ).toBe(true);
    const syrianChapters = await nextResults(page, 'recruitment', () => box('Chapter').check());
    expect(syrianChapters.map((r) => r.url)).toEqual(['/case-studies/syria/']);
    await untickAll();
  });

  test('without a query list every page of a kind', async () => {
    const fresh = await openPage(context, `${server.origin}/search/?kind=Theory`);
    try {
      await expect.poll(() => fresh.page.textContent('[data-search-status]')).toBe(`${countOf('theories')} pages with the chosen filters.`);
      expect(await fresh.page.getByRole('checkbox', { name: 'Theory', exact: true }).isChecked()).toBe(true);
      expect((await shownResults(fresh.page)).every((r) => r.kind === 'Theory')).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('keyboard only', () => {
  test('on /search/: type, arrow down to a result, Enter opens it', async () => {
    const opened = await openPage(context, `${server.origin}/search/`);
    const { page: p } = opened;
    try {
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-query');
      await p.keyboard.type('Durand Line');
      // The results for what was typed, not for a part of it ("Dur"), which a search begun mid-typing may show first.
      expect((await resultsAfter(p, 0, 'Durand Line')).length).toBeGreaterThan(0);
      await p.keyboard.press('ArrowDown');
      const first = await p.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toBe((await shownResults(p))[0]?.url);
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('ArrowUp');
      expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
      await Promise.all([p.waitForURL(`${server.origin}${first}`), p.keyboard.press('Enter')]);
    } finally {
      await opened.close();
    }
  });

  test('on /search/: Tab reaches the filters, Space ticks one, Escape returns to the box', async () => {
    const opened = await openPage(context, `${server.origin}/search/`);
    const { page: p } = opened;
    try {
      await p.keyboard.type('Taliban');
      await expect.poll(async () => (await shownResults(p)).length).toBeGreaterThan(0);
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Driver');
      for (let i = 0; i < 4; i++) await p.keyboard.press('Tab');
      expect(await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Interviewee');
      await p.keyboard.press('Space');
      await expect.poll(async () => new Set((await shownResults(p)).map((r) => r.kind))).toEqual(new Set(['Interviewee']));
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Shift+Tab');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-query');
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Escape');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-query');
    } finally {
      await opened.close();
    }
  });

  test('from any page: Tab to the search button, Enter opens the dialog, type, arrows move, Enter opens the highlighted result', async () => {
    const opened = await openPage(context, `${server.origin}/drivers/`);
    const { page: p } = opened;
    try {
      // Skip link, site title, then the search button.
      for (let i = 0; i < 3; i++) await p.keyboard.press('Tab');
      expect(await p.evaluate((selector) => document.activeElement?.matches(selector), DIALOG.button)).toBe(true);
      await p.keyboard.press('Enter');
      await expect.poll(() => p.evaluate((selector) => document.activeElement?.matches(selector), DIALOG.input)).toBe(true);
      const urls = await dialogResults(p, 'Lashkar-e-Jhngi');
      expect(urls[0]).toBe('/organizations/lashkar-e-jhangvi/');
      expect(urls.length).toBeGreaterThan(2);
      const highlighted = () =>
        p.evaluate((selector) => {
          const id = document.querySelector(selector)?.getAttribute('aria-activedescendant');
          return id ? (document.getElementById(id)?.dataset['url'] ?? 'missing') : null;
        }, DIALOG.input);
      expect(await highlighted()).toBe(null);
      await p.keyboard.press('ArrowDown');
      expect(await highlighted()).toBe(urls[0]);
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('ArrowDown');
      expect(await highlighted()).toBe(urls[2]);
      await p.keyboard.press('ArrowUp');
      expect(await highlighted()).toBe(urls[1]);
      // Focus never left the box.
      expect(await p.evaluate((selector) => document.activeElement?.matches(selector), DIALOG.input)).toBe(true);
      await Promise.all([p.waitForURL(`${server.origin}${urls[1]}`), p.keyboard.press('Enter')]);
    } finally {
      await opened.close();
    }
  });

  test('in the dialog: Enter with nothing highlighted opens the best match, even before its results show', async () => {
    const opened = await openPage(context, `${server.origin}/chapters/introduction/`);
    const { page: p } = opened;
    try {
      const expected = inDialog.get('HuM')?.[0];
      expect(NAMES.find((q) => q.query === 'HuM')?.sharedBy).toContain(expected);
      await p.keyboard.press('Control+k');
      await expect.poll(() => p.evaluate((selector) => document.activeElement?.matches(selector), DIALOG.input)).toBe(true);
      await p.keyboard.type('HuM');
      await Promise.all([p.waitForURL(`${server.origin}${expected}`), p.keyboard.press('Enter')]);
    } finally {
      await opened.close();
    }
  });
});

describe("the header's search dialog loads on intent", () => {
  /** What a page requested: scripts beyond those it loads by itself, and anything from /pagefind/. */
  const searchRequests = (requests: readonly string[], ownScripts: ReadonlySet<string>) =>
    requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/pagefind/') || (path.endsWith('.js') && !ownScripts.has(path)));
  const PAGE = '/chapters/introduction/';

  test.for([
    { intent: 'a pointer over the button', show: (p: Page) => p.hover(DIALOG.button) },
    { intent: 'keyboard focus on the button', show: (p: Page) => p.focus(DIALOG.button) },
    { intent: 'Ctrl+K', show: (p: Page) => p.keyboard.press('Control+k') },
    { intent: '/', show: (p: Page) => p.keyboard.press('/') },
  ])('nothing of search is fetched before intent; $intent fetches the dialog and Pagefind', async ({ show }) => {
    const ownScripts = staticScripts(PAGE);
    const opened = await openPage(context, `${server.origin}${PAGE}`);
    const { page: p } = opened;
    try {
      // Loaded and settled (no request in flight): nothing of search yet.
      expect(searchRequests(opened.requests, ownScripts)).toEqual([]);
      expect(await p.evaluate(() => customElements.get('site-search') === undefined)).toBe(true);
      await show(p);
      // The dialog's code, then Pagefind's runtime and index metadata, loaded before any query.
      await p.waitForSelector('site-search[data-search-ready]', { state: 'attached' });
      // Pagefind's worker fetches the index metadata; its requests are reported apart from the page's, so polled for.
      await expect
        .poll(() => searchRequests(opened.requests, ownScripts))
        .toEqual(
          expect.arrayContaining([expect.stringMatching(/^\/_astro\/dialog\.[\w-]+\.js$/), '/pagefind/pagefind.js', expect.stringMatching(/\.pf_meta$/)]),
        );
    } finally {
      await opened.close();
    }
  });

  test('Ctrl+K and / open the dialog with the box focused; Escape closes it and returns focus to the button', async () => {
    const opened = await openPage(context, `${server.origin}${PAGE}`);
    const { page: p } = opened;
    const state = () =>
      p.evaluate(
        ({ dialog, input, button }) => ({
          open: document.querySelector<HTMLDialogElement>(dialog)?.open,
          inBox: document.activeElement?.matches(input),
          onButton: document.activeElement?.matches(button),
        }),
        DIALOG,
      );
    try {
      for (const key of ['Control+k', '/']) {
        await p.keyboard.press(key);
        await expect.poll(state).toEqual({ open: true, inBox: true, onButton: false });
        await p.keyboard.type('Daesh');
        await p.keyboard.press('Escape');
        await expect.poll(state).toEqual({ open: false, inBox: false, onButton: true });
      }
    } finally {
      await opened.close();
    }
  });

  test.for([
    { scheme: 'light', width: 1280 },
    { scheme: 'dark', width: 1280 },
    { scheme: 'light', width: 390 },
  ] as const)('the open dialog with results passes axe ($scheme theme, $width px)', async ({ scheme, width }) => {
    const p = await context.newPage();
    try {
      await p.setViewportSize({ width, height: 844 });
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(`${server.origin}/`, { waitUntil: 'load' });
      await settle(p);
      await openDialog(p);
      expect((await dialogResults(p, 'Daesh')).length).toBeGreaterThan(0);
      await p.keyboard.press('ArrowDown');
      // Full screen on a phone, as Starlight's: as wide as anything fixed to the viewport can be (a
      // desktop Chromium keeps room for its scrollbar, html's scrollbar-gutter; a phone's overlay the page).
      if (width < 800) {
        const viewport = await p.evaluate(() => {
          const probe = document.body.appendChild(document.createElement('div'));
          probe.style.cssText = 'position: fixed; inset: 0; visibility: hidden';
          const w = probe.getBoundingClientRect().width;
          probe.remove();
          return w;
        });
        expect(viewport).toBeGreaterThan(width - 20);
        expect((await p.locator(DIALOG.dialog).boundingBox())?.width).toBe(viewport);
      }
      await loadAxe(p);
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await p.close();
    }
  });
});

describe("the header's search button", () => {
  const mismatches = (p: Page, selector: string) =>
    p.evaluate(async (sel) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ nodes: unknown[] }> }> } }).axe;
      const result = await axe.run({ include: [sel] }, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
      return result.violations.flatMap((v) => v.nodes).length;
    }, selector);

  /** The button's accessible name (Chromium's accessibility tree) and rendered text, normalised. */
  const nameAndText = async (p: Page) => {
    const button = p.locator('button[data-open-modal]');
    const snapshot = await button.ariaSnapshot();
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    return { name: norm(/button "([^"]*)"/.exec(snapshot)?.[1] ?? ''), text: norm(await button.innerText()) };
  };

  test.for([
    // Narrow screens show the icon alone; the word stays in the accessibility tree.
    { width: 1280, text: 'search ctrl k' },
    { width: 375, text: 'search' },
  ])('passes label-content-name-mismatch at $width px: its name contains its visible text', async ({ width, text }) => {
    const opened = await openPage(context, `${server.origin}/`);
    const { page: p } = opened;
    try {
      await p.setViewportSize({ width, height: 800 });
      await loadAxe(p);
      expect(await mismatches(p, 'button[data-open-modal]')).toBe(0);
      const { name, text: shown } = await nameAndText(p);
      expect(shown).toBe(text);
      expect(name.startsWith('search')).toBe(true);
      expect(name).toContain(shown);
      expect(await p.getByRole('button', { name: /^Search/ }).count()).toBe(1);
    } finally {
      await opened.close();
    }
  });

  test("Starlight's own button markup fails the same check (the check is live)", async () => {
    const opened = await openPage(context, `${server.origin}/`);
    const { page: p } = opened;
    try {
      await p.setViewportSize({ width: 1280, height: 800 });
      await loadAxe(p);
      await p.evaluate(() =>
        document.body.insertAdjacentHTML(
          'beforeend',
          '<button id="starlight-original" aria-label="Search"><span aria-hidden="true">Search</span><kbd><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>',
        ),
      );
      expect(await mismatches(p, '#starlight-original')).toBe(1);
    } finally {
      await opened.close();
    }
  });
});

describe('accessibility of /search/ with results', () => {
  test.for(['light', 'dark'] as const)('axe finds no WCAG 2.2 AA or best-practice violations (%s theme)', async (scheme) => {
    const p = await context.newPage();
    try {
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(`${server.origin}/search/`, { waitUntil: 'load' });
      await settle(p);
      expect(await p.getAttribute('html', 'data-theme')).toBe(scheme);
      await search(p, 'Lashkar-e-Taiba');
      await loadAxe(p);
      const violations = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await p.close();
    }
  });
});

describe('without JavaScript', () => {
  test('/search/ links to index pages from which every entity page is reachable', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await noScript.newPage();
      await p.goto(`${server.origin}/search/`);
      expect(await p.isVisible('form[role="search"]')).toBe(false);
      expect(await p.isVisible('[data-search-nojs]')).toBe(true);
      const indexes = await p.$$eval('.search-browse a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(indexes).toEqual(expect.arrayContaining(['/drivers/', '/groups/', '/organizations/', '/theories/', '/interviews/']));
      const reachable = new Set<string>();
      for (const index of indexes) {
        await p.goto(`${server.origin}${index}`);
        for (const href of await p.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''))) reachable.add(href.split('#')[0]!);
      }
      const missing = entityPages().filter((url) => !reachable.has(url));
      expect(missing).toEqual([]);
    } finally {
      await noScript.close();
    }
  });
});

describe('size and speed', () => {
  test('the index and the first search stay within their byte budgets; the times are measured', async () => {
    const metrics = await measureSearch(browser, server.origin);
    // Reported in the test output: the issue asks for these numbers.
    console.log(`search metrics: ${JSON.stringify(metrics)}`);
    expect(metrics.indexedPages).toBeGreaterThan(140);
    expect(metrics.indexBytes).toBeLessThan(BUDGET.indexBytes);
    expect(metrics.firstSearchBytes).toBeLessThan(BUDGET.firstSearchBytes);
    // Measured (the performance marks the search page sets were found), not held to a time.
    expect(metrics.loadToResultsMs).toBeGreaterThan(0);
    expect(metrics.typeToResultsMs).toBeGreaterThanOrEqual(0);
  });
});
