/**
 * Which of Pagefind's results are hits: pages that have every word of the
 * query as a word (or as the beginning of one, as the reader types), or the
 * query as a name. Pure functions; find.ts asks Pagefind for what they need.
 *
 * Why Pagefind's results alone are not enough (Pagefind 1.6, its
 * `search.rs`): each word of a query is stemmed, and matches every indexed
 * word that begins with its stem. When no indexed word does, Pagefind falls
 * back to the longest indexed word that the query's word begins with: the
 * author's initial "Z." for "Zarb-e-Azb", "T." for "TTP", "S." for
 * "Sipah-e-Sahaba" (and, on a site that has "doc" but no "documentation",
 * "doc" for "documentation": Pagefind's own test of this). Those pages do not
 * use the words the reader typed. A single letter also begins hundreds of words:
 * "T" matches every page through "the".
 *
 * What tells them apart, with Pagefind's own API:
 * - Pagefind falls back for a word, or not, on every result of a search
 *   alike. So the words the results already fetched matched (`locations`
 *   index into the page's `content`), and their metadata, tell: if one of
 *   them begins with the query's word ("Lashkar-e-Taiba" for "Lashk", or
 *   "recruitment" for "recruitment"), Pagefind did not fall back for it;
 * - if none does, a word in double quotes is searched exactly, by its stem
 *   with no prefix and no fallback (`"ttp"`: no page; `"recruitments"`: every
 *   page with a word whose stem is "recruit", as "recruited" is). No page:
 *   Pagefind fell back, and no result is a hit;
 * - a word of a single letter is a hit only as that letter standing alone:
 *   the pages its exact search finds;
 * - a query of several words that is one name written apart ("Lashkar e
 *   Taiba", for the indexed "Lashkar-e-Taiba") is a hit, whatever its single
 *   letters, on the pages whose text has the name as one word: the exact
 *   search of the words run together, as Pagefind indexes a hyphenated name.
 */
import type { PagefindResultData } from './pagefind-api.ts';

/** Unicode punctuation as Pagefind drops it from a query (its coupled_search.ts): dashes, brackets, quotes and other punctuation. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** Lowercased, punctuation and accents dropped: a word as Pagefind compares it. */
function pagefindForm(text: string): string {
  return text.replace(PUNCTUATION, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of a query as Pagefind searches them: punctuation dropped (so
 * "Zarb-e-Azb" is one word, "zarbeazb"), lowercased, accents dropped.
 */
export function pagefindTerms(query: string): string[] {
  return pagefindForm(query).split(/\s+/).filter(Boolean);
}

/**
 * A word of a page as Pagefind indexes it: whole, without its punctuation
 * ("Lashkar-e-Taiba," → "lashkaretaiba"), and each part between its
 * punctuation ("lashkar", "e", "taiba").
 */
export function wordForms(word: string): string[] {
  const whole = pagefindForm(word);
  const parts = word
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(pagefindForm)
    .filter(Boolean);
  return whole === '' ? parts : [whole, ...parts];
}

/**
 * The words a result matched: those of its text at the match locations, and
 * the words of its metadata (a name that matched only there). Enough to see
 * what Pagefind matched a query's word with. `words`: the text split on
 * whitespace, if the caller has it already.
 */
export function matchedWords(data: Pick<PagefindResultData, 'content' | 'locations' | 'meta'>, words: readonly string[] = data.content.split(/\s+/)): string[] {
  const atLocations = data.locations.map((l) => words[l] ?? '');
  const inMeta = Object.values(data.meta).flatMap((value) => (value ?? '').split(/\s+/));
  return [...atLocations, ...inMeta].filter(Boolean);
}

/** Whether one of `words` (a page's matched words) begins with `term`, whole or in one of its parts. */
export function beginsWith(term: string, words: readonly string[]): boolean {
  return words.some((word) => wordForms(word).some((form) => form.startsWith(term)));
}

/**
 * The terms of two letters or more that no word of `views` (the results
 * fetched) begins with: either the index has them only by their stem
 * ("recruitments", whose stem "recruit" the page's "recruited" has), or
 * Pagefind fell back for them. Their exact search tells which.
 */
export function unvouched(terms: readonly string[], views: ReadonlyArray<{ matched: readonly string[] }>): string[] {
  return terms.filter((term) => term.length > 1 && !views.some((view) => beginsWith(term, view.matched)));
}

/** What Pagefind's exact searches answered for a query: page ids (the results' `id`). */
export interface ExactPages {
  /** For some terms of the query: the pages that have a word with its stem. */
  byTerm: ReadonlyMap<string, ReadonlySet<string>>;
  /** For a query of several terms: the pages that have them run together as one word (a name written with hyphens). */
  runTogether: ReadonlySet<string>;
}

/**
 * Whether the result with page id `id` is a hit on its single letters: it
 * has each single-letter term standing alone (its exact search found the
 * page), or the query run together as one word (a name).
 */
export function passesLetters(id: string, terms: readonly string[], exact: ExactPages): boolean {
  return exact.runTogether.has(id) || terms.every((term) => term.length > 1 || exact.byTerm.get(term)?.has(id) === true);
}
