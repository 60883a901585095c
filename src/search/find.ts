/**
 * The one search step both search interfaces run: the header's dialog
 * (dialog.ts) and the /search/ page (search-page.ts). Pagefind's API with the
 * site's ranking (load-pagefind.ts), the first results' data, the site's view
 * of each (results.ts, `resultView`), pages that go by exactly the query first
 * (`exactNamesFirst`). A change to how results are ranked or named lands in
 * both interfaces at once, and the browser tests call this very function in
 * the dialog (its `find` method) to check every name in the data.
 */
import { loadPagefind } from './load-pagefind.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { exactNamesFirst, pagefindFilters, resultView, type ResultView, type SearchState } from './results.ts';

/** As many results as the /search/ page shows at first: exact names are looked for among these. */
export const FIRST_RESULTS = 10;

export interface Found {
  /** The first results, exact names first. */
  views: ResultView[];
  /** How many pages match in all. */
  count: number;
  /** The results after the first ones, in Pagefind's order, for "Show more". */
  rest: PagefindResult[];
}

/**
 * Searches for `state` (a query, kinds and conflicts; an empty query with
 * filters lists every page that has them) and returns the first `first`
 * results as the site shows them.
 */
export async function findResults(state: SearchState, first: number = FIRST_RESULTS): Promise<Found> {
  const api = await loadPagefind();
  const query = state.query.trim();
  const search = await api.search(query === '' ? null : query, { filters: pagefindFilters(state) });
  const data = await Promise.all(search.results.slice(0, first).map((r) => r.data()));
  return { views: exactNamesFirst(data.map(resultView), query), count: search.results.length, rest: search.results.slice(first) };
}

/** Views of further results, in Pagefind's order ("Show more" on /search/). */
export async function viewsOf(results: readonly PagefindResult[]): Promise<ResultView[]> {
  return (await Promise.all(results.map((r) => r.data()))).map(resultView);
}
