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
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** The page's indexed text; split on whitespace, match locations index into it. */
  content: string;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
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
  /** Null as the term: every page that matches the filters. */
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
}
