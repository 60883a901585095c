/**
 * The one search step both search interfaces run: the header's dialog
 * (dialog.ts) and the /search/ page (search-page.ts). Pagefind's API with the
 * site's ranking (load-pagefind.ts), the query as Pagefind should read it
 * (names.ts, `searchTerm`), only the results that are hits (hits.ts: every
 * word of the query as a word, or the query as a name; never a page that
 * Pagefind matched through an initial), the first of them ranked as the site
 * ranks them (results.ts, `rankedResults`: a page that goes by the query
 * first, then pages that name it, then pages that only share its words). A
 * change to how results are chosen, ranked or named lands in both interfaces
 * at once, and the browser tests call this very function in the dialog (its
 * `find` method) to check every name in the data.
 *
 * A search typed over by a newer one stops where it is: Pagefind's
 * `debouncedSearch` answers null to a replaced query, and `signal` (aborted
 * by the interface on the next keystroke) is checked before each further
 * request, so no fragment is fetched for a query already replaced.
 */
import { loadPagefind } from './load-pagefind.ts';
import { searchTerm } from '../knowledge/names.ts';
import { pagefindTerms, passesLetters, unvouched, type ExactPages } from './hits.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { FIRST_RESULTS, pagefindFilters, rankedResults, resultView, type ResultView, type SearchState } from './results.ts';

export interface Found {
  /** The first results, ranked. */
  views: ResultView[];
  /** How many pages are hits in all. */
  count: number;
  /** The results after the first ones, for "Show more": those already fetched (ranked), then the others in Pagefind's order. */
  rest: Array<ResultView | PagefindResult>;
}

export interface FindOptions {
  /** How many results to show first. */
  first?: number;
  /** Aborted when the query is replaced: the search stops at its next step, with an AbortError. */
  signal?: AbortSignal;
  /**
   * For a search typed as the reader types: Pagefind's `debouncedSearch`
   * with this wait, so a query replaced within it is never searched. Left
   * out, the search runs at once (`find`, the tests).
   */
  debounceMs?: number | undefined;
}

/**
 * How long a query typed in the dialog or on /search/ waits for the next
 * keystroke before Pagefind searches it (its index chunks start loading at
 * once). Keys sent without a pause (a fast typist, a paste then an edit)
 * come a few milliseconds apart: each would otherwise run a whole search in
 * Pagefind's worker, one after another, before the last. A typist's keys
 * (about 120 ms apart) each get their results.
 */
export const TYPING_DEBOUNCE_MS = 30;

/** What the search of an input event reads of it: InputEvent's own fields. */
export type TypedInput = Pick<InputEvent, 'data' | 'inputType' | 'isComposing'>;

/**
 * How long the search of an input event waits for the next keystroke. A key
 * that types one character, or deletes, waits TYPING_DEBOUNCE_MS, since more
 * may follow at once; so does text an input method is still composing, and
 * an input event that says nothing of what it inserted (a plain Event). An
 * event that inserts a whole text at once (a paste, a word the browser
 * suggested, text dropped in) is a query the reader has finished: it is
 * searched at once (undefined: no wait).
 */
export function typingPause(event: Event | TypedInput): number | undefined {
  if (!('inputType' in event)) return TYPING_DEBOUNCE_MS;
  const whole = !event.isComposing && event.inputType.startsWith('insert') && [...(event.data ?? '')].length > 1;
  return whole ? undefined : TYPING_DEBOUNCE_MS;
}

/** The error a replaced search ends with; the interfaces drop it. */
export const isReplaced = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

function replaced(): never {
  throw new DOMException('A newer query replaced this one', 'AbortError');
}

/** The pages whose text has a word with the stem of `word` (Pagefind's exact search: no prefix, no fallback). */
async function exactPagesOf(api: PagefindApi, word: string): Promise<Set<string>> {
  return new Set((await api.search(`"${word}"`)).results.map((r) => r.id));
}

/**
 * Searches for `state` (a query, kinds and conflicts; an empty query with
 * filters lists every page that has them) and returns the first results as
 * the site shows them: the hits only (hits.ts), ranked.
 */
export async function findResults(state: SearchState, { first = FIRST_RESULTS, signal, debounceMs }: FindOptions = {}): Promise<Found> {
  const api = await loadPagefind();
  const query = state.query.trim();
  const term = query === '' ? null : searchTerm(query);
  const options = { filters: pagefindFilters(state) };
  const search = debounceMs === undefined ? await api.search(term, options) : await api.debouncedSearch(term, options, debounceMs);
  if (search === null || signal?.aborted) replaced();

  // Single letters count only where they stand alone, or within the query run together as a name.
  const terms = term === null ? [] : pagefindTerms(term);
  const letters = terms.filter((t) => t.length === 1);
  const runTogether = letters.length > 0 && terms.length > 1 ? exactPagesOf(api, terms.join('')) : Promise.resolve(new Set<string>());
  const exact: ExactPages = {
    byTerm: new Map(await Promise.all(letters.map(async (t) => [t, await exactPagesOf(api, t)] as const))),
    runTogether: await runTogether,
  };
  if (signal?.aborted) replaced();
  let hits = search.results.filter((r) => passesLetters(r.id, terms, exact));
  let { views, unfetched } = await rankedResults(hits, query, first, signal);

  // Words none of the fetched results begins with: in the index by their stem, or Pagefind fell back for them.
  const unsure = unvouched(terms, views);
  const fellBack = (await Promise.all(unsure.map(async (t) => (await exactPagesOf(api, t)).size === 0))).some(Boolean);
  if (signal?.aborted) replaced();
  if (fellBack) {
    // On every result alike: only the pages that have the query as a name run together are hits.
    const named = terms.length > 1 ? (letters.length > 0 ? exact.runTogether : await exactPagesOf(api, terms.join(''))) : new Set<string>();
    hits = hits.filter((r) => named.has(r.id));
    ({ views, unfetched } = await rankedResults(hits, query, first, signal));
  }
  return { views: views.slice(0, first), count: hits.length, rest: [...views.slice(first), ...unfetched] };
}

/** Views of further results ("Show more" on /search/): fetched ones as they are, the others fetched now. */
export async function viewsOf(results: ReadonlyArray<ResultView | PagefindResult>): Promise<ResultView[]> {
  return Promise.all(results.map(async (r) => ('data' in r ? resultView(await r.data()) : r)));
}
