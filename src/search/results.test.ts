import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind-api.ts';
import { bestSections, exactMatches, exactNamesFirst, excerptParts, pagefindFilters, paramsToState, resultView, stateToParams, statusText } from './results.ts';

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

describe('exactNamesFirst', () => {
  const page = (url: string, ...names: string[]) => ({ url, names });

  it('puts the pages that go by exactly the query first, keeping the order otherwise', () => {
    const views = [
      page('/geneva/', 'Geneva Academy of International Humanitarian Law and Human Rights'),
      page('/hum-news/', 'Hum News'),
      page('/huM/', 'Harkat-ul-Mujahideen', 'HuM'),
      page('/x/', 'X'),
    ];
    expect(exactNamesFirst(views, 'HuM').map((v) => v.url)).toEqual(['/huM/', '/geneva/', '/hum-news/', '/x/']);
    expect(exactNamesFirst(views, 'hum news').map((v) => v.url)).toEqual(['/hum-news/', '/geneva/', '/huM/', '/x/']);
  });

  it('ignores case, accents, hyphens and punctuation', () => {
    const views = [page('/lej/', 'Lashkar-e-Jhngi'), page('/cafe/', 'Café')];
    expect(exactMatches(views, 'lashkar e  jhngi').map((v) => v.url)).toEqual(['/lej/']);
    expect(exactMatches(views, 'CAFE').map((v) => v.url)).toEqual(['/cafe/']);
  });

  it('never drops or repeats a result', () => {
    const views = [page('/a/', 'ISI'), page('/b/', 'Islamic State', 'ISIS'), page('/c/', 'IS Fighters', 'ISIS')];
    const ranked = exactNamesFirst(views, 'ISIS');
    expect(ranked.map((v) => v.url)).toEqual(['/b/', '/c/', '/a/']);
    expect(new Set(ranked)).toEqual(new Set(views));
    expect(exactNamesFirst(views, '  ')).toEqual(views);
  });

  it('exactMatches: only the pages that go by the query, in order; none for a blank query or a prefix', () => {
    const views = [page('/a/', 'UN CTITF'), page('/b/', 'United Nations', 'UN'), page('/c/', 'Unity')];
    expect(exactMatches(views, 'un').map((v) => v.url)).toEqual(['/b/']);
    expect(exactMatches(views, 'Uni')).toEqual([]);
    expect(exactMatches(views, ' ')).toEqual([]);
  });
});
