/**
 * Pure helpers for both search interfaces (the header's dialog and the
 * /search/ page, through find.ts): what to ask Pagefind for, how to rank what
 * it returns and how to show it. No DOM here, so unit tests
 * reach all of it (results.test.ts).
 */
import type { PagefindFilters, PagefindResult, PagefindResultData, PagefindSubResult } from './pagefind-api.ts';
import { compactKey, nameKey, namePattern } from '../knowledge/names.ts';
import { matchedWords } from './hits.ts';

export interface SearchState {
  query: string;
  kinds: string[];
  conflicts: string[];
}

/** The Pagefind filters for the chosen kinds and conflicts: any of the kinds, and any of the conflicts. */
export function pagefindFilters({ kinds, conflicts }: Pick<SearchState, 'kinds' | 'conflicts'>): PagefindFilters {
  const filters: PagefindFilters = {};
  if (kinds.length > 0) filters['kind'] = { any: kinds };
  if (conflicts.length > 0) filters['conflict'] = { any: conflicts };
  return filters;
}

/** The search page's own URL for a state (`/search/?q=LeT&kind=Organization`), so a search can be linked to. */
export function stateToParams({ query, kinds, conflicts }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  kinds.forEach((k) => params.append('kind', k));
  conflicts.forEach((c) => params.append('conflict', c));
  return params;
}

export function paramsToState(params: URLSearchParams): SearchState {
  return { query: params.get('q') ?? '', kinds: params.getAll('kind'), conflicts: params.getAll('conflict') };
}

/** A piece of an excerpt: plain text, or a matched word Pagefind marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Pagefind's excerpts are escaped text with `<mark>` around matches. Parsed
 * here into text parts, so the page builds them with text nodes and never
 * assigns HTML (safe under a strict CSP with Trusted Types).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[^]*?<\/mark>)/).forEach((piece) => {
    if (piece === '') return;
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = decode(marked ? piece.slice(6, -7) : piece.replace(/<\/?mark>/g, ''));
    if (text !== '') parts.push({ text, marked });
  });
  return parts;
}

export interface ResultView {
  url: string;
  title: string;
  /** The page's names: its title and the names its metadata lists (aliases, spellings, names in wider use). */
  names: string[];
  kind: string;
  conflicts: string[];
  excerpt: ExcerptPart[];
  /** Sections of the page that match, linked to their headings; the page's own opening is left out (the title links there). */
  sections: Array<{ url: string; title: string; excerpt: ExcerptPart[] }>;
  /** The page's indexed text (Pagefind's `content`): whether it names what the reader searched for (`namesFirst`). */
  text: string;
  /** The words Pagefind matched on the page, and its metadata's words: whether it matched what was typed (hits.ts). */
  matched: string[];
}

/** Metadata fields that hold a page's other names, joined with "; " (src/knowledge/names.ts, entity pages). */
const NAME_FIELDS = ['aliases', 'spellings', 'elsewhere'] as const;

/** How many matching sections to show under a page. */
export const SECTIONS_PER_RESULT = 3;

/** A sub-result that is a section of the page, not its title (Starlight's h1 is `#_top`) or its opening. */
function isSection(sub: PagefindSubResult, pageUrl: string): boolean {
  return sub.anchor !== undefined && sub.anchor.id !== '_top' && sub.url !== pageUrl;
}

/**
 * Sections best first. Each match counts its score (which weights a match in
 * the section's heading like a heading) divided by how often the same word
 * matches on the page, so "Khunza and Parachinar" lands where the rare
 * words are, not where "and" is most frequent. Pagefind lists sub-results in
 * page order, so in a long chapter the section that is about the query may
 * come after many that mention it in passing.
 *
 * `words` is the page's content split on whitespace (Pagefind's locations
 * index into it); without it, every match counts its score alone.
 */
export function bestSections(subs: PagefindSubResult[], words: string[] = []): PagefindSubResult[] {
  const wordAt = (location: number) => nameKey(words[location] ?? '') || `#${location}`;
  const perPage = new Map<string, number>();
  for (const sub of subs) for (const l of sub.weighted_locations) perPage.set(wordAt(l.location), (perPage.get(wordAt(l.location)) ?? 0) + 1);
  const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score / (perPage.get(wordAt(l.location)) ?? 1), 0);
  return subs
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
}

export function resultView(data: PagefindResultData): ResultView {
  const words = data.content.split(/\s+/);
  const sections = bestSections(
    data.sub_results.filter((sub) => isSection(sub, data.url)),
    words,
  )
    .slice(0, SECTIONS_PER_RESULT)
    .map((sub) => ({ url: sub.url, title: sub.title, excerpt: excerptParts(sub.excerpt) }));
  // Pagefind's page excerpt is often its best section's: show it once, under the section.
  const repeated =
    sections[0] !== undefined &&
    sections[0].excerpt.map((p) => p.text).join('') ===
      excerptParts(data.excerpt)
        .map((p) => p.text)
        .join('');
  const title = data.meta['title'] ?? data.url;
  return {
    url: data.url,
    title,
    names: [title, ...NAME_FIELDS.flatMap((field) => (data.meta[field] ?? '').split(';'))].map((n) => n.trim()).filter(Boolean),
    kind: data.filters['kind']?.[0] ?? data.meta['kind'] ?? 'Page',
    conflicts: data.filters['conflict'] ?? [],
    excerpt: repeated ? [] : excerptParts(data.excerpt),
    sections,
    text: data.content,
    matched: matchedWords(data, words),
  };
}

/** The status line read out after each search ("3 results for “LeT”."); empty before any search. */
export function statusText(count: number, state: SearchState): string {
  const query = state.query.trim();
  const filtered = state.kinds.length + state.conflicts.length > 0;
  if (query === '' && !filtered) return '';
  const noun = query === '' ? (count === 1 ? 'page' : 'pages') : count === 1 ? 'result' : 'results';
  const forQuery = query === '' ? '' : ` for “${query}”`;
  const suffix = filtered ? ' with the chosen filters' : '';
  return `${count === 0 ? 'No' : count} ${noun}${forQuery}${suffix}.`;
}

/**
 * The pages that go by exactly the query (any of their names), in the order
 * given; none for an empty query. Case, accents and the hyphens, spaces and
 * apostrophes between a name's parts are ignored (`compactKey`), so
 * "lashkar e taiba" and "Kings College London" are names too.
 */
export function exactMatches<T extends Pick<ResultView, 'names'>>(views: T[], query: string): T[] {
  const key = compactKey(query);
  if (key === '') return [];
  return views.filter((v) => v.names.some((n) => compactKey(n) === key));
}

/**
 * How a page answers a query that is a name, best first:
 * - `goes-by`: the page of the entity that goes by the name;
 * - `names-as-typed`: its text has the name as the data spells it, as whole
 *   words, case and all ("LeT", not "let" or "lets");
 * - `names-otherwise`: its text has another name of that entity ("Lashkar-e-Taiba");
 * - `words-only`: Pagefind matched only words, stems or prefixes ("lets
 *   fighters cross", "United", "Humanitarian").
 * For a query that is no entity's name every page is `words-only`.
 */
export type NameMatch = 'goes-by' | 'names-as-typed' | 'names-otherwise' | 'words-only';
const NAME_MATCH_ORDER: readonly NameMatch[] = ['goes-by', 'names-as-typed', 'names-otherwise', 'words-only'];

/** For each view, how it answers `query` as a name (see `NameMatch`), judged against the entities among `views` that go by it. */
export function nameMatches(views: ReadonlyArray<Pick<ResultView, 'names' | 'text'>>, query: string): NameMatch[] {
  const entities = exactMatches([...views], query);
  if (entities.length === 0) return views.map(() => 'words-only');
  const key = compactKey(query);
  const names = entities.flatMap((v) => v.names);
  const asTyped = namePattern(names.filter((n) => compactKey(n) === key));
  const otherwise = namePattern(names.filter((n) => compactKey(n) !== key));
  return views.map((view) => {
    if (entities.includes(view)) return 'goes-by';
    if (asTyped?.test(view.text)) return 'names-as-typed';
    if (otherwise?.test(view.text)) return 'names-otherwise';
    return 'words-only';
  });
}

/**
 * Names as names: when the query is an entity's name, its page first, then
 * the pages that name it as typed, then those that name it otherwise, then
 * those Pagefind matched by words only; each group in Pagefind's order. So
 * "LeT" finds Lashkar-e-Taiba, then the pages that say "LeT", before a page
 * where fighters are "let" through; "UN" the pages that say "UN" before
 * "United" and "University". A query that is no entity's name keeps
 * Pagefind's order.
 */
export function namesFirst<T extends Pick<ResultView, 'names' | 'text'>>(views: T[], query: string): T[] {
  const matches = nameMatches(views, query);
  return views
    .map((view, order) => ({ view, order, rank: NAME_MATCH_ORDER.indexOf(matches[order]!) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ view }) => view);
}

/** How many results a search shows at first, and fetches the data of at first. */
export const FIRST_RESULTS = 10;

/** A reader looks at the first three results: for a name, these should name its entity where pages that do exist. */
export const FIRST_LOOKED_AT = 3;

/**
 * A search's first results, ranked with `namesFirst`, and the results not
 * yet fetched. Fetches the data (one fragment each) of the first `count`
 * results, which are shown anyway. If the query is a name and fewer than
 * three of those name its entity, it fetches the next `count` too, in one
 * more round, for pages that do ("HuM": Pagefind's first ten are mostly
 * "Human", "Hum News", "Humiliation"; the chapters that name
 * Harkat-ul-Mujahideen come later). Any other query costs no more than
 * before. Returns every fetched view, ranked: the caller shows the first
 * `count` and keeps the rest for "more". Once `signal` is aborted (the
 * query was replaced), it fetches nothing more and throws its AbortError.
 */
export async function rankedResults<R extends Pick<PagefindResult, 'data'>>(
  results: readonly R[],
  query: string,
  count: number = FIRST_RESULTS,
  signal?: AbortSignal,
): Promise<{ views: ResultView[]; unfetched: R[] }> {
  const fetch = async (from: number, to: number) => {
    signal?.throwIfAborted();
    return (await Promise.all(results.slice(from, to).map((r) => r.data()))).map(resultView);
  };
  let views = await fetch(0, count);
  const matches = nameMatches(views, query);
  const naming = matches.filter((m) => m !== 'words-only').length;
  if (results.length > views.length && naming > 0 && naming < FIRST_LOOKED_AT) views = [...views, ...(await fetch(views.length, views.length + count))];
  return { views: namesFirst(views, query), unfetched: results.slice(views.length) };
}
