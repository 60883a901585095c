/**
 * The site's size and speed budgets, in one place. `npm run bench`
 * (scripts/bench.ts) prints each figure next to its budget, pass or over, in
 * bench/REPORT.md. Where a budget is held says `held`:
 * - 'test': byte sizes (HTML, CSS and JavaScript per page kind, the search
 *   index) are the same from build to build of the same code, so going over
 *   one fails `npm test` (tests/site/budgets.test.ts reads dist/);
 * - 'report': timings and scores vary with the machine and its load from run
 *   to run, so they are reported by the benchmark, never asserted.
 *
 * Each budget names the figure it applies to (the names scripts/bench.ts
 * gives its figures, listed in bench/REPORT.md) and where its number comes
 * from. A limit can be another figure of the same run, plus an allowance:
 * the views of issue 16 may fetch no more JavaScript than a page with a
 * chart below the first screen, measured the same way in the same run.
 */

export interface Budget {
  /** The figure it applies to, e.g. 'js.page.text.desktop.decoded'. */
  figure: string;
  /** What is measured, as the report says it. */
  what: string;
  /** The figure must be below (`<`), at most (`<=`) or at least (`>=`) the limit. */
  rule: '<' | '<=' | '>=';
  /** A number, or another figure of the same run plus an allowance in the same unit. */
  limit: number | { figure: string; plus?: number };
  unit: 'bytes' | 'ms' | 'score' | 'shift';
  /** Where the number comes from (an issue, a measured baseline). */
  source: string;
  /** A figure the report shows beside it: the same measurement of a bare Starlight site (scripts/bench/bare.ts). */
  beside?: string;
  /** 'test': fails `npm test` when over; 'report': reported by `npm run bench` only. */
  held: 'test' | 'report';
}

/** What a page costs before any interaction (tests/support/page-bytes.ts): its HTML, the CSS it links, the JavaScript files it loads. */
export const PAGE_ASSETS = ['html', 'css', 'js'] as const;
export type PageAsset = (typeof PAGE_ASSETS)[number];

/** The figure of the largest page of a kind (scripts/bench/measure.ts, pageKind): 'page.chapter.html.max', raw bytes. */
export function pageFigure(kind: string, asset: PageAsset): string {
  return `page.${kind}.${asset}.max`;
}

const ASSET_WORDS: Record<PageAsset, string> = {
  html: 'HTML file (inline scripts and styles included)',
  css: 'CSS it links',
  js: 'JavaScript files it loads (module scripts and their static imports)',
};

/**
 * Raw bytes of the largest page of each kind, measured in December 2026
 * (tests/support/page-bytes.ts), with room to grow by about a tenth: a page
 * that grows more than that is a change to look at, not a drift. The HTML
 * of a page with charts holds each chart drawn at build time twice, for a
 * narrow and a wide figure (src/components/charts/), instead of the charting
 * script it once loaded. The JavaScript budget is issue 24's: at most 15 kB
 * decoded on every page.
 */
const ISSUE_24_JS = 15_000;
/** Why the kind 'other' has a larger JavaScript budget than issue 24's. */
const JS_OTHER_REASON = ': /search/ loads its search code on load, since searching is what a reader comes to it for';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const PAGE_BYTES: Record<string, { measured: Record<PageAsset, number>; limit: Record<PageAsset, number> }> = {
  home: { measured: { html: 149_685, css: 57_721, js: 11_884 }, limit: { html: 165_000, css: 65_000, js: 15_000 } },
  chapter: { measured: { html: 207_714, css: 57_721, js: 12_468 }, limit: { html: 230_000, css: 65_000, js: 15_000 } },
  'case study': { measured: { html: 199_785, css: 57_721, js: 12_430 }, limit: { html: 220_000, css: 65_000, js: 15_000 } },
  driver: { measured: { html: 139_019, css: 57_721, js: 11_884 }, limit: { html: 155_000, css: 65_000, js: 15_000 } },
  group: { measured: { html: 196_196, css: 57_721, js: 11_884 }, limit: { html: 220_000, css: 65_000, js: 15_000 } },
  organization: { measured: { html: 46_427, css: 57_721, js: 11_884 }, limit: { html: 55_000, css: 65_000, js: 15_000 } },
  theory: { measured: { html: 46_610, css: 57_721, js: 11_884 }, limit: { html: 55_000, css: 65_000, js: 15_000 } },
  interviewee: { measured: { html: 51_799, css: 57_721, js: 11_884 }, limit: { html: 60_000, css: 65_000, js: 15_000 } },
  data: { measured: { html: 291_731, css: 57_721, js: 11_884 }, limit: { html: 325_000, css: 65_000, js: 15_000 } },
  view: { measured: { html: 195_050, css: 62_570, js: 11_884 }, limit: { html: 215_000, css: 65_000, js: 15_000 } },
  index: { measured: { html: 48_147, css: 57_721, js: 11_884 }, limit: { html: 55_000, css: 65_000, js: 15_000 } },
  other: { measured: { html: 52_084, css: 57_721, js: 19_061 }, limit: { html: 60_000, css: 65_000, js: 21_000 } },
};

/** The page kinds that have byte budgets (every kind of scripts/bench/measure.ts; tests/site/budgets.test.ts checks that). */
export const BUDGETED_KINDS: readonly string[] = Object.keys(PAGE_BYTES);

const pageBudgets: Budget[] = Object.entries(PAGE_BYTES).flatMap(([kind, { measured, limit }]) =>
  PAGE_ASSETS.map((asset): Budget => ({
    figure: pageFigure(kind, asset),
    what: `Largest ${kind} page: the ${ASSET_WORDS[asset]}, raw`,
    rule: '<=',
    limit: limit[asset],
    unit: 'bytes',
    source:
      asset === 'js' && limit.js === ISSUE_24_JS
        ? `issue 24: at most 15 kB decoded on every page (${kB(measured.js)} measured in December 2026)`
        : `${kB(measured[asset])} measured in December 2026, plus about a tenth${asset === 'js' ? JS_OTHER_REASON : ''}`,
    held: 'test',
  })),
);

export const BUDGETS: readonly Budget[] = [
  // Bytes per page, by kind: the largest page of each kind.
  ...pageBudgets,
  // JavaScript fetched before interaction: loaded, network idle, no input, not scrolled.
  {
    figure: 'js.page.text.desktop.decoded',
    what: 'JavaScript before interaction, text page (/chapters/introduction/), decoded',
    rule: '<=',
    limit: 40_000,
    unit: 'bytes',
    source: 'issue 15: at most 40 kB decoded (a bare Starlight page: about 104 kB)',
    beside: 'bare.js.text.decoded',
    held: 'report',
  },
  {
    figure: 'js.page.text.desktop.transfer',
    what: 'JavaScript before interaction, text page, over the wire (gzip)',
    rule: '<=',
    limit: 33_400 + 5_000,
    unit: 'bytes',
    source: "issue 14: at most 5 kB gzip over today's (33.4 kB for a chapter in bench/REPORT.md of 2026-11-24, commit f497a17)",
    beside: 'bare.js.text.transfer',
    held: 'report',
  },
  {
    figure: 'js.kind.view.decoded',
    what: 'JavaScript before interaction, views (/evidence/, /compare/…, /map/), decoded',
    rule: '<=',
    limit: { figure: 'js.page.chart-below.desktop.decoded' },
    unit: 'bytes',
    source: 'issue 16: no more than a page with a chart below the first screen (/drivers/recruitment/, same run)',
    held: 'report',
  },
  {
    figure: 'js.kind.view.transfer',
    what: 'JavaScript before interaction, views, over the wire (gzip)',
    rule: '<=',
    limit: { figure: 'js.page.chart-below.desktop.transfer' },
    unit: 'bytes',
    source: 'issue 16: as above',
    held: 'report',
  },
  // JavaScript fetched while a page is read to its end (scrolled a screen at a time, no pointer or key).
  {
    figure: 'js.read.chart.max.decoded',
    what: 'JavaScript fetched while read to its end, the chart page that fetches most (home, /data/, a driver, a group, a comparison, a case study, /interviews/), decoded',
    rule: '<=',
    limit: 15_000,
    unit: 'bytes',
    source: 'issue 24: every page with a chart fetches no more JavaScript than a text page while read to its end (15 kB decoded)',
    beside: 'bare.js.read.decoded',
    held: 'report',
  },
  {
    figure: 'js.read.chart.max.decoded',
    what: 'The same, against a text page (/chapters/introduction/) read the same way in the same run',
    rule: '<=',
    limit: { figure: 'js.read.text.decoded' },
    unit: 'bytes',
    source: 'issue 24: no more JavaScript than a text page (charts are drawn in the build)',
    held: 'report',
  },
  // Lighthouse: the lowest score over one page of each kind, mobile and desktop (a control row, if any, left out).
  ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((category): Budget => ({
    figure: `lighthouse.min.${category}`,
    what: `Lighthouse ${category}, lowest over every page kind, mobile and desktop`,
    rule: '>=',
    limit: 100,
    unit: 'score',
    source: 'issues 14, 15, 16: 100 on all four categories, mobile and desktop, on every page kind',
    held: 'report',
  })),
  {
    figure: 'lighthouse.max.cls',
    what: 'Cumulative layout shift, highest over every Lighthouse run',
    rule: '<=',
    limit: 0,
    unit: 'shift',
    source: 'issue 14: CLS stays 0',
    held: 'report',
  },
  // The thesis PDF (issue 23): its size has a budget; its typesetting time (pdf.typeset.ms) is reported only.
  {
    figure: 'pdf.bytes',
    what: 'The thesis PDF (/pakistani-foreign-fighters-thesis.pdf), tagged PDF/UA-1 with its fonts',
    rule: '<=',
    limit: 1_000_000,
    unit: 'bytes',
    source: 'issue 23: size reported; about 1.5× its first build (682 kB, of which the accessibility tags about half: 345 kB untagged)',
    held: 'report',
  },
  // Search.
  {
    figure: 'search.dialog.first.ms',
    what: 'Header dialog: last keystroke to first result, first query of a visit once intent is shown (pointer over the button; the dialog and Pagefind loaded) (median)',
    rule: '<',
    limit: 250,
    unit: 'ms',
    source: 'issue 15: under 250 ms',
    beside: 'bare.search.dialog.first.ms',
    held: 'report',
  },
  {
    figure: 'search.dialog.later.ms',
    what: 'Header dialog: last keystroke to first result, after the first query (median)',
    rule: '<',
    limit: 100,
    unit: 'ms',
    source: 'issue 15: under 100 ms',
    beside: 'bare.search.dialog.later.ms',
    held: 'report',
  },
  // The dialog typed key by key (scripts/bench/browser.ts, measureTyping): from the last key to the results of the whole query.
  ...(
    [
      ['nopause', 'keys without a pause'],
      ['typist', 'a key every 120 ms'],
    ] as const
  ).flatMap(([pace, label]): Budget[] => [
    {
      figure: `search.dialog.typed.${pace}.first.ms`,
      what: `Header dialog typed key by key (${label}): last key to the whole query's results, first query of a visit once intent is shown (median)`,
      rule: '<',
      limit: 300,
      unit: 'ms',
      source: 'issue 24: the first query after intent within 300 ms, however fast the keys come',
      beside: `bare.search.dialog.typed.${pace}.first.ms`,
      held: 'report',
    },
    {
      figure: `search.dialog.typed.${pace}.later.ms`,
      what: `Header dialog typed key by key (${label}): last key to the whole query's results, after the first query (median)`,
      rule: '<',
      limit: 150,
      unit: 'ms',
      source: 'issue 24: within 150 ms of the last key, however fast the keys come',
      beside: `bare.search.dialog.typed.${pace}.later.ms`,
      held: 'report',
    },
  ]),
  {
    figure: 'search.index.bytes',
    what: 'Search index on disk (dist/pagefind/, Pagefind’s code included)',
    rule: '<',
    limit: 850_000,
    unit: 'bytes',
    source: "743 kB for 170 pages measured in December 2026 (Pagefind's unused UIs dropped), plus about a seventh",
    held: 'test',
  },
  {
    figure: 'search.first.bytes',
    what: 'Bytes fetched from /pagefind/ for a first search on /search/',
    rule: '<',
    limit: 400_000,
    unit: 'bytes',
    source: 'the size budget of tests/browser/search.test.ts (about 225 kB in 2026)',
    held: 'report',
  },
];
