import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind-api.ts';
import {
  bestSections,
  exactMatches,
  excerptParts,
  nameMatches,
  namesFirst,
  pagefindFilters,
  paramsToState,
  rankedResults,
  resultView,
  stateToParams,
  statusText,
} from './results.ts';

describe('pagefindFilters', () => {
  it('asks for any of the chosen kinds and any of the chosen conflicts, and nothing when none are chosen', () => {
    expect(pagefindFilters({ kinds: [], conflicts: [] })).toEqual({});
    expect(pagefindFilters({ kinds: ['Driver', 'Theory'], conflicts: ['Syria'] })).toEqual({
      kind: { any: ['Driver', 'Theory'] },
      conflict: { any: ['Syria'] },
    });
  });
});

describe('search URLs', () => {
  it('round-trip the query and the filters', () => {
    const state = { query: 'Lashkar-e-Taiba & co', kinds: ['Organization', 'Host group'], conflicts: ['Kashmir'] };
    const params = stateToParams(state);
    expect(params.toString()).toBe('q=Lashkar-e-Taiba+%26+co&kind=Organization&kind=Host+group&conflict=Kashmir');
    expect(paramsToState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('leave out an empty query', () => {
    expect(stateToParams({ query: '  ', kinds: [], conflicts: [] }).toString()).toBe('');
  });
});

describe('excerptParts', () => {
  it('splits out the marked words and decodes what Pagefind escaped', () => {
    expect(excerptParts('the <mark>Durand</mark> <mark>Line</mark> &amp; &lt;FATA&gt; &quot;x&quot;')).toEqual([
      { text: 'the ', marked: false },
      { text: 'Durand', marked: true },
      { text: ' ', marked: false },
      { text: 'Line', marked: true },
      { text: ' & <FATA> "x"', marked: false },
    ]);
  });

  it('keeps text as text: markup in an excerpt never becomes markup', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>LeT</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script> LeT');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['LeT']);
  });
});

/** Matches with these scores. */
const hits = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));

describe('bestSections', () => {
  it('orders sections by the score of their matches, page order breaking ties, and keeps them all', () => {
    const sub = (id: string, ...scores: number[]) => ({ title: id, url: `/p/#${id}`, excerpt: '', weighted_locations: hits(...scores) });
    const subs = [sub('a', 1, 1), sub('b', 1), sub('heading', 30), sub('c', 1, 1)];
    expect(bestSections(subs).map((s) => s.title)).toEqual(['heading', 'a', 'c', 'b']);
  });

  it('counts a rare word of the query above a common one', () => {
    // Page text: "and x and Khunza and" — "and" matches three times, "Khunza" once.
    const words = ['and', 'x', 'and', 'Khunza', 'and'];
    const at = (id: string, ...locations: number[]) => ({
      title: id,
      url: `/p/#${id}`,
      excerpt: '',
      weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
    });
    expect(bestSections([at('common', 0, 2), at('rare', 3, 4)], words).map((s) => s.title)).toEqual(['rare', 'common']);
  });
});

describe('resultView', () => {
  const data: PagefindResultData = {
    url: '/case-studies/syria/',
    excerpt: 'attack on <mark>Hazrat</mark> <mark>Zainab</mark>',
    meta: { title: '4.3. Case study three: Syria', kind: 'Chapter' },
    filters: { kind: ['Chapter'], conflict: ['Syria'] },
    word_count: 5000,
    content: '',
    locations: [],
    sub_results: [
      {
        title: '4.3. Case study three: Syria',
        url: '/case-studies/syria/#_top',
        excerpt: 'x',
        anchor: { element: 'h1', id: '_top', location: 0 },
        weighted_locations: hits(9),
      },
      {
        title: '2. Strong sectarian identity',
        url: '/case-studies/syria/#2-strong-sectarian-identity',
        excerpt: '<mark>Hazrat</mark> Zainab',
        anchor: { element: 'h3', id: '2-strong-sectarian-identity', location: 10 },
        weighted_locations: hits(3, 3),
      },
      { title: 'a', url: '/case-studies/syria/#a', excerpt: '', anchor: { element: 'h3', id: 'a', location: 20 }, weighted_locations: hits(1) },
      { title: 'b', url: '/case-studies/syria/#b', excerpt: '', anchor: { element: 'h3', id: 'b', location: 30 }, weighted_locations: hits(2) },
      { title: 'c', url: '/case-studies/syria/#c', excerpt: '', anchor: { element: 'h3', id: 'c', location: 40 }, weighted_locations: hits(1) },
    ],
  };

  it('labels the page with its kind and conflicts and links matching sections to their headings', () => {
    const view = resultView(data);
    expect(view.kind).toBe('Chapter');
    expect(view.names).toEqual(['4.3. Case study three: Syria']);
    expect(view.conflicts).toEqual(['Syria']);
    expect(view.title).toBe('4.3. Case study three: Syria');
    expect(view.excerpt.map((p) => p.text).join('')).toBe('attack on Hazrat Zainab');
    expect(view.sections.map((s) => s.url)).toEqual(['/case-studies/syria/#2-strong-sectarian-identity', '/case-studies/syria/#b', '/case-studies/syria/#a']);
  });

  it("shows the page's excerpt once when it is its first section's", () => {
    const section = data.sub_results[1]!;
    const view = resultView({ ...data, excerpt: section.excerpt, sub_results: [section] });
    expect(view.excerpt).toEqual([]);
    expect(view.sections[0]?.excerpt.map((p) => p.text).join('')).toBe('Hazrat Zainab');
  });
});

describe('statusText', () => {
  const none = { kinds: [], conflicts: [] };
  it('says how many results, for what, and whether filters apply', () => {
    expect(statusText(3, { query: 'LeT', ...none })).toBe('3 results for “LeT”.');
    expect(statusText(1, { query: 'LeT', ...none })).toBe('1 result for “LeT”.');
    expect(statusText(0, { query: 'zzz', kinds: ['Driver'], conflicts: [] })).toBe('No results for “zzz” with the chosen filters.');
    expect(statusText(11, { query: '', kinds: ['Driver'], conflicts: [] })).toBe('11 pages with the chosen filters.');
    expect(statusText(0, { query: ' ', ...none })).toBe('');
  });
});

describe('namesFirst, for pages that go by the query', () => {
  // No text: only the pages that go by the query move, as Pagefind matched the others by words.
  const page = (url: string, ...names: string[]) => ({ url, names, text: '' });

  it('puts the pages that go by exactly the query first, keeping the order otherwise', () => {
    const views = [
      page('/geneva/', 'Geneva Academy of International Humanitarian Law and Human Rights'),
      page('/hum-news/', 'Hum News'),
      page('/huM/', 'Harkat-ul-Mujahideen', 'HuM'),
      page('/x/', 'X'),
    ];
    expect(namesFirst(views, 'HuM').map((v) => v.url)).toEqual(['/huM/', '/geneva/', '/hum-news/', '/x/']);
    expect(namesFirst(views, 'hum news').map((v) => v.url)).toEqual(['/hum-news/', '/geneva/', '/huM/', '/x/']);
  });

  it('ignores case, accents, hyphens and punctuation', () => {
    const views = [page('/lej/', 'Lashkar-e-Jhngi'), page('/cafe/', 'Café')];
    expect(exactMatches(views, 'lashkar e  jhngi').map((v) => v.url)).toEqual(['/lej/']);
    expect(exactMatches(views, 'CAFE').map((v) => v.url)).toEqual(['/cafe/']);
  });

  it('never drops or repeats a result', () => {
    const views = [page('/a/', 'ISI'), page('/b/', 'Islamic State', 'ISIS'), page('/c/', 'IS Fighters', 'ISIS')];
    const ranked = namesFirst(views, 'ISIS');
    expect(ranked.map((v) => v.url)).toEqual(['/b/', '/c/', '/a/']);
    expect(new Set(ranked)).toEqual(new Set(views));
    expect(namesFirst(views, '  ')).toEqual(views);
  });

  it('ignores the hyphens, spaces and apostrophes between the parts of a name', () => {
    const views = [page('/let/', 'Lashkar-e-Taiba'), page('/kcl/', "King's College London")];
    expect(exactMatches(views, 'Lashkar e Taiba').map((v) => v.url)).toEqual(['/let/']);
    expect(exactMatches(views, 'LashkareTaiba').map((v) => v.url)).toEqual(['/let/']);
    expect(exactMatches(views, 'Kings College London').map((v) => v.url)).toEqual(['/kcl/']);
    expect(exactMatches(views, 'King’s College London').map((v) => v.url)).toEqual(['/kcl/']);
    expect(exactMatches(views, 'Lashkar')).toEqual([]);
  });

  it('exactMatches: only the pages that go by the query, in order; none for a blank query or a prefix', () => {
    const views = [page('/a/', 'UN CTITF'), page('/b/', 'United Nations', 'UN'), page('/c/', 'Unity')];
    expect(exactMatches(views, 'un').map((v) => v.url)).toEqual(['/b/']);
    expect(exactMatches(views, 'Uni')).toEqual([]);
    expect(exactMatches(views, ' ')).toEqual([]);
  });
});

describe('names as names', () => {
  const page = (url: string, text: string, ...names: string[]) => ({ url, text, names });
  // Pagefind's order for "LeT": the name's page, then pages that match the word "let" by stem or by name.
  const views = [
    page('/organizations/lashkar-e-taiba/', 'Lashkar-e-Taiba. In the thesis: Lashkar-e-Taiba; LeT', 'Lashkar-e-Taiba', 'LeT', 'Lashkar-e-Toiba'),
    page('/drivers/geographical-proximity/', 'the border lets fighters cross'),
    page('/drivers/recruitment/', 'Let us see how Lashkar-e-Taiba recruits'),
    page('/organizations/', 'Lashkar-e-Taiba — Lashkar-e-Taiba; LeT.'),
    page('/case-studies/kashmir/', "(LeT's camps) let them train"),
  ];

  it('tells how each page answers a name: goes by it, names it as typed, names it otherwise, or matches words only', () => {
    expect(nameMatches(views, 'LeT')).toEqual(['goes-by', 'words-only', 'names-otherwise', 'names-as-typed', 'names-as-typed']);
  });

  it('matches the name case and all, as whole words: "LeT" is not "let", "lets" or "Let"', () => {
    const [, ...rest] = nameMatches(views, 'LeT');
    expect(rest.filter((m) => m === 'names-as-typed')).toHaveLength(2);
    // Typed in lower case, the query is still the name; the pages are judged by the data's spelling.
    expect(nameMatches(views, 'let')).toEqual(nameMatches(views, 'LeT'));
  });

  it('puts the page that goes by the name first, then the pages that name it, then the rest, each in the order given', () => {
    expect(namesFirst(views, 'LeT').map((v) => v.url)).toEqual([
      '/organizations/lashkar-e-taiba/',
      '/organizations/',
      '/case-studies/kashmir/',
      '/drivers/recruitment/',
      '/drivers/geographical-proximity/',
    ]);
  });

  it('a spelling with spaces for hyphens names the entity, and finds it in text that hyphenates it', () => {
    expect(nameMatches(views, 'lashkar e taiba')).toEqual(['goes-by', 'words-only', 'names-as-typed', 'names-as-typed', 'names-otherwise']);
  });

  it('keeps the order given for a query that is no name, and never drops or repeats a result', () => {
    expect(namesFirst(views, 'fighters')).toEqual(views);
    expect(namesFirst(views, '')).toEqual(views);
    const ranked = namesFirst(views, 'LeT');
    expect(ranked).toHaveLength(views.length);
    expect(new Set(ranked)).toEqual(new Set(views));
  });

  it('begins with the exact names, in the order given', () => {
    for (const query of ['LeT', 'Lashkar-e-Toiba', 'fighters', 'Lashkar']) {
      const exact = exactMatches(views, query);
      expect(namesFirst(views, query).slice(0, exact.length)).toEqual(exact);
    }
  });
});

describe('rankedResults', () => {
  const data = (url: string, content: string, names = ''): PagefindResultData => ({
    url,
    excerpt: '',
    meta: { title: url, ...(names ? { spellings: names } : {}) },
    filters: {},
    sub_results: [],
    content,
    locations: [],
    word_count: 0,
  });
  /** Fake Pagefind results that count the fragments fetched. */
  const results = (pages: PagefindResultData[]) => {
    const fetched: string[] = [];
    return { fetched, results: pages.map((d) => ({ data: async () => (fetched.push(d.url), d) })) };
  };
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => data(`/word-${from + i}/`, 'United University'));

  it('fetches only the first page of results for a query that is no name', async () => {
    const { fetched, results: found } = results(words(25));
    const { views, unfetched } = await rankedResults(found, 'united', 10);
    expect(fetched).toHaveLength(10);
    expect(views.map((v) => v.url)).toEqual(words(10).map((d) => d.url));
    expect(unfetched).toHaveLength(15);
  });

  it('fetches only the first page for a name when three of it name the entity', async () => {
    const pages = [
      data('/un/', 'United Nations', 'United Nations; UN'),
      ...words(5),
      data('/un-1/', 'the UN'),
      data('/un-2/', 'the United Nations'),
      ...words(10, 5),
    ];
    const { fetched, results: found } = results(pages);
    const { views } = await rankedResults(found, 'UN', 10);
    expect(fetched).toHaveLength(10);
    expect(views.slice(0, 3).map((v) => v.url)).toEqual(['/un/', '/un-1/', '/un-2/']);
  });

  it('looks one page further for a name when fewer than three of the first page name the entity, and ranks what it fetched', async () => {
    const pages = [data('/un/', 'United Nations', 'UN'), ...words(9), data('/un-security-council/', 'the UN Security Council'), ...words(10, 9)];
    const { fetched, results: found } = results(pages);
    const { views, unfetched } = await rankedResults(found, 'UN', 10);
    expect(fetched).toHaveLength(20);
    expect(views.slice(0, 2).map((v) => v.url)).toEqual(['/un/', '/un-security-council/']);
    expect(views).toHaveLength(20);
    expect(unfetched).toHaveLength(pages.length - 20);
  });

  it('fetches nothing once the query is replaced (its signal aborted), and ends with the AbortError', async () => {
    const { fetched, results: found } = results(words(25));
    const controller = new AbortController();
    controller.abort();
    await expect(rankedResults(found, 'united', 10, controller.signal)).rejects.toThrow(/abort/i);
    expect(fetched).toEqual([]);
  });
});
