/**
 * The one search step both search interfaces run: the header's dialog
 * (dialog.ts) and the /search/ page (search-page.ts). Pagefind's API with the
 * site's ranking (load-pagefind.ts), the query as Pagefind should read it
 * (names.ts, `searchTerm`), the first results ranked as the site ranks them
 * (results.ts, `rankedResults`: a page that goes by the query first, then
 * pages that name it, then pages that only share its words). A change to how
 * results are ranked or named lands in both interfaces at once, and the
 * browser tests call this very function in the dialog (its `find` method) to
 * check every name in the data.
 */
import { loadPagefind } from './load-pagefind.ts';
import { searchTerm } from '../knowledge/names.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { FIRST_RESULTS, pagefindFilters, rankedResults, resultView, type ResultView, type SearchState } from './results.ts';

export interface Found {
  /** The first results, ranked. */
  views: ResultView[];
  /** How many pages match in all. */
  count: number;
  /** The results after the first ones, for "Show more": those already fetched (ranked), then the others in Pagefind's order. */
  rest: Array<ResultView | PagefindResult>;
}

/**
 * Searches for `state` (a query, kinds and conflicts; an empty query with
 * filters lists every page that has them) and returns the first `first`
 * results as the site shows them.
 */
export async function findResults(state: SearchState, first: number = FIRST_RESULTS): Promise<Found> {
  const api = await loadPagefind();
  const query = state.query.trim();
  const search = await api.search(query === '' ? null : searchTerm(query), { filters: pagefindFilters(state) });
  const { views, unfetched } = await rankedResults(search.results, query, first);
  return { views: views.slice(0, first), count: search.results.length, rest: [...views.slice(first), ...unfetched] };
}

/** Views of further results ("Show more" on /search/): fetched ones as they are, the others fetched now. */
export async function viewsOf(results: ReadonlyArray<ResultView | PagefindResult>): Promise<ResultView[]> {
  return Promise.all(results.map(async (r) => ('data' in r ? resultView(await r.data()) : r)));
}
