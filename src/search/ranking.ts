/**
 * Pagefind's ranking parameters, one set for both search interfaces: the
 * header's search dialog and the /search/ page both load Pagefind through
 * src/search/load-pagefind.ts, which passes it to `pagefind.options()`.
 * See https://pagefind.app/docs/ranking/.
 */
export interface PagefindRanking {
  pageLength: number;
  termFrequency: number;
  termSaturation: number;
  termSimilarity: number;
  diacriticSimilarity: number;
  metaWeights: Record<string, number>;
}

export const SEARCH_RANKING: PagefindRanking = {
  // Starlight's defaults for the first four (its schemas/pagefind.ts): long
  // chapters are not penalised for their length, and near-exact word matches
  // beat long extensions of the query ("IS" → "is", not "Islamabad").
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  // A query that matches a page's name boosts that page: its title (its h1,
  // Pagefind's default boost) or any other name its data gives it, which
  // entity pages show in visible lines captured as metadata (src/knowledge/names.ts).
  // The boost is added to the body score, so an entity page outranks the
  // chapters that mention it in passing (https://pagefind.app/docs/ranking/#configuring-metadata-weights).
  metaWeights: {
    title: 5,
    aliases: 5,
    spellings: 5,
    // Names in wider use that the thesis does not print, shown labelled editorial: they still find their page.
    elsewhere: 5,
    authors: 5,
    // The kind labels results; it is not a name and should not rank them.
    kind: 0,
  },
};
