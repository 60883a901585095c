/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, written by the
 * build) that the search page uses. Pagefind ships no types for it; these
 * follow https://pagefind.app/docs/api-reference/ for the installed 1.x.
 */
import type { PagefindRanking } from './ranking.ts';

/** A filter value, or a compound of them (`{ any: [...] }`): https://pagefind.app/docs/js-api-filtering/. */
export type PagefindFilter = string | string[] | { any?: PagefindFilter[]; all?: PagefindFilter[]; none?: PagefindFilter[]; not?: PagefindFilter };
export type PagefindFilters = Record<string, PagefindFilter>;
/** Filter name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  /** Escaped HTML: the text with `<mark>` around the matched words. */
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  /** The matches in this section, with their weight and score (weight and rarity of the word). */
  weighted_locations: Array<{ weight: number; balanced_score: number; location: number }>;
}

export interface PagefindResultData {
  url: string;
  /** Where the query's words matched, as indexes into `content` split on whitespace (the same as the result's `words`). */
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** The page's indexed text; split on whitespace, match locations index into it. */
  content: string;
  word_count: number;
}

export interface PagefindResult {
  /** The page's fragment: the same page has the same id in every search. */
  id: string;
  score: number;
  /** Where the query's words matched, before the fragment is loaded. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts if each value were added to the current filters. */
  filters: PagefindFilterCounts;
  /** Counts if each value were used instead of the current filters. */
  totalFilters: PagefindFilterCounts;
}

export interface PagefindApi {
  options(options: { ranking?: Partial<PagefindRanking>; baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Null as the term: every page that matches the filters. A term in double quotes matches its words' stems exactly, no prefix. */
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  /**
   * Loads the term's index chunks at once, waits `debounceMs`, then searches, unless a later call
   * has been made by then (or is made while it searches): then it answers null.
   */
  debouncedSearch(term: string | null, options: { filters?: PagefindFilters }, debounceMs: number): Promise<PagefindSearch | null>;
  /** The filters' counts; waits for Pagefind's WebAssembly and index metadata and loads the filter chunks. */
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
}
