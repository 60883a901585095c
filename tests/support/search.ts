/**
 * Helpers for the search tests and for measuring search (scripts/bench/browser.ts):
 * drive /search/ as a reader does and read back what it shows, and derive
 * from the data files which page each name must find.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { distDir } from './dist.ts';
import type { PagefindResultData } from '../../src/search/pagefind-api.ts';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { searchTerm } from '../../src/knowledge/names.ts';
import { rankedResults, type ResultView } from '../../src/search/results.ts';

export interface ShownResult {
  /** The page's URL path, e.g. '/organizations/lashkar-e-taiba/'. */
  url: string;
  /** The kind label shown on the result. */
  kind: string;
  /** The conflicts shown on the result. */
  conflicts: string[];
  /** The section links shown under the result. */
  sections: string[];
}

/** What the results list shows now, in order. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      kind: li.querySelector('.search-result-badge')?.textContent ?? '',
      conflicts: (li.querySelector('.search-result-kind')?.textContent ?? '')
        .split('·')
        .slice(1)
        .join('')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      sections: [...li.querySelectorAll('.search-result-sections a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

/** The results list's render counter; it goes up each time results are written. */
async function generation(page: Page): Promise<number> {
  return Number((await page.getAttribute('[data-search-results]', 'data-generation')) ?? 0);
}

/** Wait until the results for `query` (as typed, trimmed) are written after render number `after`. */
export async function resultsAfter(page: Page, after: number, query: string): Promise<ShownResult[]> {
  await page.waitForFunction(
    ([before, q]) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return !!list && Number(list.dataset['generation'] ?? 0) > before && list.dataset['query'] === q && !list.hasAttribute('aria-busy');
    },
    [after, query.trim()] as const,
  );
  return shownResults(page);
}

/** Type `query` into the search box of an open /search/ page, press Enter, and read the results. */
export async function search(page: Page, query: string): Promise<ShownResult[]> {
  const before = await generation(page);
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  return resultsAfter(page, before, query);
}

/** Run something after the next set of results, e.g. ticking a filter. */
export async function nextResults(page: Page, query: string, action: () => Promise<void>): Promise<ShownResult[]> {
  const before = await generation(page);
  await action();
  return resultsAfter(page, before, query);
}

/**
 * What the search interfaces read of one Pagefind result to rank it and name it: its names and kind, and its text (`content`), which says
 * whether it names what was searched for; and where the query matched in that text (`locations`).
 */
export type IndexedResult = Pick<PagefindResultData, 'url' | 'meta' | 'filters' | 'content' | 'locations'>;

/**
 * Every query of `queries` against the built index, in ONE page evaluation:
 * Pagefind's browser API (/pagefind/pagefind.js, as the site loads it) with
 * the site's ranking and the query as the site passes it (`searchTerm`), and
 * the first `count` results of each, in Pagefind's order. Both search
 * interfaces take the first ten (up to twenty, for a name) and rank them with
 * src/search/results.ts (`rankedResults`, through src/search/find.ts).
 *
 * Each page's text comes back once, however many queries find it.
 *
 * `page` must not have loaded Pagefind itself (any page but /search/, before
 * the reader shows intent to search), so the module here is fresh and takes
 * the ranking before init().
 */
export async function searchIndex(page: Page, queries: readonly string[], count = 10): Promise<Map<string, IndexedResult[]>> {
  // A string, so that Vite does not rewrite this import() for Node when it loads the test.
  await page.evaluate("import('/pagefind/pagefind.js').then((module) => { window.testPagefind = module; })");
  type Found = Omit<IndexedResult, 'content'>;
  const { found, texts } = await page.evaluate(
    async ({ queries, ranking, count }) => {
      const api = (window as unknown as { testPagefind: unknown }).testPagefind as {
        options(o: unknown): Promise<void>;
        init(): Promise<void>;
        search(term: string): Promise<{ results: Array<{ data(): Promise<Found & { content: string }> }> }>;
      };
      await api.options({ ranking });
      await api.init();
      const found: Array<[string, Found[]]> = [];
      const texts: Record<string, string> = {};
      for (const [query, term] of queries) {
        const { results } = await api.search(term);
        const first = await Promise.all(results.slice(0, count).map((r) => r.data()));
        for (const { url, content } of first) texts[url] ??= content;
        found.push([query, first.map(({ url, meta, filters, locations }) => ({ url, meta, filters, locations }))]);
      }
      return { found, texts };
    },
    { queries: queries.map((q) => [q, searchTerm(q)] as const), ranking: SEARCH_RANKING, count },
  );
  return new Map(found.map(([query, results]) => [query, results.map((r) => ({ ...r, content: texts[r.url] ?? '' }))]));
}

/**
 * The header dialog's own search (its `find`, src/search/dialog.ts, which
 * runs src/search/find.ts) for every query of `queries`, in ONE page
 * evaluation: the reader's intent (the pointer over the search button)
 * loads the dialog's code, then each query's results, as URLs in the order
 * the dialog lists them.
 */
export async function dialogSearch(page: Page, queries: readonly string[]): Promise<Map<string, string[]>> {
  await page.hover('button[data-open-modal]');
  const found = await page.evaluate(
    async (queries) => {
      await customElements.whenDefined('site-search');
      const dialog = document.querySelector('site-search') as HTMLElement & { find(query: string): Promise<Array<{ url: string }>> };
      const out: Array<[string, string[]]> = [];
      for (const query of queries) out.push([query, (await dialog.find(query)).map((view) => view.url)]);
      return out;
    },
    [...queries],
  );
  return new Map(found);
}

/** Where the header dialog's parts are (src/components/overrides/Search.astro, src/search/dialog.ts). */
export const DIALOG = {
  button: 'site-search button[data-open-modal]',
  dialog: 'site-search dialog',
  input: 'site-search dialog input[role="combobox"]',
  list: 'site-search dialog [role="listbox"]',
  option: 'site-search dialog [role="option"]',
} as const;

/**
 * Types `query` into the open header dialog (as one input event) and
 * returns the URLs of the options it lists, once the list answers that query
 * (its data-query and a new data-generation: a state, not a wait).
 */
export async function dialogResults(page: Page, query: string): Promise<string[]> {
  const before = Number((await page.getAttribute(DIALOG.list, 'data-generation')) ?? 0);
  await page.fill(DIALOG.input, query);
  await page.waitForFunction(
    ([selector, q, after]) => {
      const list = document.querySelector<HTMLElement>(selector);
      return !!list && list.dataset['query'] === q && Number(list.dataset['generation'] ?? 0) > after;
    },
    [DIALOG.list, query.trim(), before] as const,
  );
  return page.$$eval(DIALOG.option, (options) => options.map((o) => (o as HTMLElement).dataset['url'] ?? ''));
}

/**
 * Scripts a built page fetches by itself before any input, when it has no
 * chart: the module scripts its HTML names and what they import statically
 * (`import … from "./x.js"`), read from dist/. Code imported on demand
 * (`import("./x.js")`: the search dialog, preview cards, charts) is not among them.
 */
export function staticScripts(pagePath: string): Set<string> {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const found = new Set<string>();
  const visit = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const [, relative] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) visit(new URL(relative!, `http://x${path}`).pathname);
  };
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(src!);
  return found;
}

/** What the /search/ page lists for `query`, in order, computed with its own function (rankedResults) from `results` (enough of them: it may look at twenty). */
export async function ranked(results: readonly IndexedResult[], query: string): Promise<ResultView[]> {
  const fetched = results.map((r) => ({ data: async () => ({ ...r, excerpt: '', sub_results: [], word_count: 0 }) }));
  return (await rankedResults(fetched, query)).views;
}

/** A page as the built index holds it: its fragment file's id (the results' `id`), URL and indexed text. */
export interface IndexedPage {
  id: string;
  url: string;
  content: string;
}

/**
 * Every page of the built index, read from its fragment files
 * (dist/pagefind/fragment/<id>.pf_fragment: gzip, then Pagefind's
 * "pagefind_dcd" signature, then JSON).
 */
export function indexedPages(root: string = join(distDir, 'pagefind', 'fragment')): IndexedPage[] {
  return readdirSync(root)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const json = gunzipSync(readFileSync(join(root, file)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8');
      const { url, content } = JSON.parse(json) as { url: string; content: string };
      return { id: file.replace(/\.pf_fragment$/, ''), url, content };
    });
}

/** Total bytes of the built search index (dist/pagefind/, Pagefind's code included). */
export function pagefindBytes(root: string = join(distDir, 'pagefind')): number {
  let total = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

// ---- Expectations from the data files -------------------------------------------

const contentDir = new URL('../../content/', import.meta.url);

export function entries<T>(collection: string): Array<{ id: string; data: T }> {
  const dir = new URL(`${collection}/`, contentDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: load(readFileSync(new URL(file, dir), 'utf8')) as T }));
}

/** A query and the page it must find first. */
export interface NameQuery {
  query: string;
  page: string;
  /** Where the name comes from, for the test report. */
  from: string;
  /** Every entity page that goes by this name (the page itself among them): a host group and its host organization can share one. */
  sharedBy: string[];
}

/** Names compared as readers type them: case, hyphens and punctuation ignored. */
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Every name of every entity, from the data files (read here, not through the site's code):
 * organization spellings and other names, driver names, short names and
 * aliases, group names and aliases, theory names and aliases, interviewee
 * roles. Each must find its entity's page.
 */
export function nameQueries(): NameQuery[] {
  const out: Array<Omit<NameQuery, 'sharedBy'>> = [];
  const add = (page: string, from: string, names: Array<string | undefined>) => {
    const seen = new Set<string>();
    for (const name of names) {
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push({ query: name, page, from });
    }
  };
  // Names in wider use (`otherNames`, editorial: { value, reason }) must find their page as the thesis's names do.
  const elsewhere = (names?: Array<{ value: string }>) => (names ?? []).map((n) => n.value);
  for (const { id, data } of entries<{ name: string; spellings: string[]; otherNames?: Array<{ value: string }> }>('organizations')) {
    add(`/organizations/${id}/`, `organizations/${id}.yaml`, [data.name, ...data.spellings, ...elsewhere(data.otherNames)]);
  }
  for (const { id, data } of entries<{ name: string; shortName: string; aliases?: string[]; otherNames?: Array<{ value: string }> }>('drivers')) {
    add(`/drivers/${id}/`, `drivers/${id}.yaml`, [data.name, data.shortName, ...(data.aliases ?? []), ...elsewhere(data.otherNames)]);
  }
  for (const { id, data } of entries<{ name: string; aliases?: string[]; otherNames?: Array<{ value: string }> }>('groups')) {
    add(`/groups/${id}/`, `groups/${id}.yaml`, [data.name, ...(data.aliases ?? []), ...elsewhere(data.otherNames)]);
  }
  for (const { id, data } of entries<{ name: string; aliases?: string[]; otherNames?: Array<{ value: string }> }>('theories')) {
    add(`/theories/${id}/`, `theories/${id}.yaml`, [data.name, ...(data.aliases ?? []), ...elsewhere(data.otherNames)]);
  }
  for (const { data } of entries<{ n: number; role: string }>('interviewees')) {
    add(`/interviews/${data.n}/`, `interviewees/${String(data.n).padStart(2, '0')}.yaml`, [data.role]);
  }
  const pagesByName = new Map<string, Set<string>>();
  for (const q of out) pagesByName.set(key(q.query), (pagesByName.get(key(q.query)) ?? new Set()).add(q.page));
  return out.map((q) => ({ ...q, sharedBy: [...(pagesByName.get(key(q.query)) ?? [])].sort() }));
}

/**
 * The ways a reader may type a name without the marks the data spells it
 * with, for every name that has them: spaces for its hyphens
 * ("Lashkar e Taiba"), its hyphens left out ("LashkareTaiba"), its
 * apostrophes and quotation marks left out ("Kings College London"), its
 * apostrophes typed as a transliteration's modifier letter (U+02BC, "Kingʼs"),
 * its accents left out. Each must find the name's page.
 */
export function nameVariants(names: readonly NameQuery[] = nameQueries()): Array<NameQuery & { of: string; change: string }> {
  const changes: Array<[string, (name: string) => string]> = [
    ['spaces for hyphens', (n) => n.replace(/\p{Pd}/gu, ' ')],
    ['hyphens left out', (n) => n.replace(/\p{Pd}/gu, '')],
    ['apostrophes and quotation marks left out', (n) => n.replace(/['‘’]/g, '')],
    ['apostrophes as ʼ', (n) => n.replace(/(?<=\p{L})['’](?=\p{L})/gu, 'ʼ')],
    ['accents left out', (n) => n.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')],
  ];
  return names.flatMap((name) =>
    changes.map(([change, apply]) => ({ ...name, query: apply(name.query), of: name.query, change })).filter((variant) => variant.query !== variant.of),
  );
}

/** Each theory's authors' surnames ("Hafez, M." → "Hafez"), and the theories each surname names. */
export function authorQueries(): Array<{ query: string; pages: string[] }> {
  const bySurname = new Map<string, Set<string>>();
  for (const { id, data } of entries<{ authors: string[] }>('theories')) {
    for (const author of data.authors) {
      const surname = author.split(',')[0]!.trim();
      if (!/^\p{Lu}/u.test(surname) || /et al/i.test(surname)) continue;
      bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(`/theories/${id}/`));
    }
  }
  return [...bySurname].sort().map(([query, pages]) => ({ query, pages: [...pages].sort() }));
}

/** URL of every entity page, from the data files. */
export function entityPages(): string[] {
  return [
    ...entries('drivers').map((e) => `/drivers/${e.id}/`),
    ...entries('groups').map((e) => `/groups/${e.id}/`),
    ...entries('organizations').map((e) => `/organizations/${e.id}/`),
    ...entries('theories').map((e) => `/theories/${e.id}/`),
    ...entries<{ n: number }>('interviewees').map((e) => `/interviews/${e.data.n}/`),
  ];
}

export const countOf = (collection: string): number => entries(collection).length;

// ---- Measuring -----------------------------------------------------------------

export interface SearchMetrics {
  query: string;
  /** Bytes of dist/pagefind/ on disk: the whole index and Pagefind's code. */
  indexBytes: number;
  /** Pages in the index, as Pagefind counted them. */
  indexedPages: number;
  /** Bytes the browser fetched from /pagefind/ to show the first results (cold cache). */
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** Cold cache: from navigation start on /search/?q=… to the first results on screen. */
  loadToResultsMs: number;
  /** A loaded /search/ page (Pagefind's code and metadata preloaded, no index chunk yet): from the search starting to its results on screen. */
  typeToResultsMs: number;
}

/** Measure the first search in fresh browser contexts (nothing cached) against a served build. */
export async function measureSearch(browser: import('playwright-core').Browser, origin: string, query = 'Lashkar-e-Taiba'): Promise<SearchMetrics> {
  const { newLoopbackContext } = await import('./browser.ts');
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  const cold = await newLoopbackContext(browser);
  let firstSearchBytes = 0;
  let firstSearchRequests = 0;
  const page = await cold.newPage();
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
    firstSearchRequests += 1;
    firstSearchBytes += Number(response.headers()['content-length'] ?? 0);
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await resultsAfter(page, 0, query);
  const loadToResultsMs = await page.evaluate(() => performance.getEntriesByName('search:results')[0]?.startTime ?? NaN);
  await cold.close();

  const warm = await newLoopbackContext(browser);
  const typing = await warm.newPage();
  // Loaded: Pagefind's code and metadata fetched (search-page.ts preloads them), no request in flight.
  const { recordPage } = await import('./browser.ts');
  const recorder = recordPage(typing);
  await typing.goto(`${origin}/search/`, { waitUntil: 'load' });
  await recorder.settled();
  recorder.stop();
  await search(typing, query);
  const typeToResultsMs = await typing.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    return at('search:results') - at('search:start');
  });
  await warm.close();

  return {
    query,
    indexBytes: pagefindBytes(),
    indexedPages: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0),
    firstSearchBytes,
    firstSearchRequests,
    loadToResultsMs: Math.round(loadToResultsMs),
    typeToResultsMs: Math.round(typeToResultsMs),
  };
}
