/**
 * The site's size and speed budgets, in one place. `npm run bench`
 * (scripts/bench.ts) prints each figure next to its budget, pass or over, in
 * bench/REPORT.md. A budget is reported, never a failed test: timings on a
 * shared machine vary from run to run, so no test fails on one.
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
}

export const BUDGETS: readonly Budget[] = [
  // JavaScript fetched before interaction: loaded, network idle, no input, not scrolled.
  {
    figure: 'js.page.text.desktop.decoded',
    what: 'JavaScript before interaction, text page (/chapters/introduction/), decoded',
    rule: '<=',
    limit: 40_000,
    unit: 'bytes',
    source: 'issue 15: at most 40 kB decoded (a bare Starlight page: about 104 kB)',
    beside: 'bare.js.text.decoded',
  },
  {
    figure: 'js.page.text.desktop.transfer',
    what: 'JavaScript before interaction, text page, over the wire (gzip)',
    rule: '<=',
    limit: 33_400 + 5_000,
    unit: 'bytes',
    source: "issue 14: at most 5 kB gzip over today's (33.4 kB for a chapter in bench/REPORT.md of 2026-11-24, commit f497a17)",
    beside: 'bare.js.text.transfer',
  },
  {
    figure: 'js.kind.view.decoded',
    what: 'JavaScript before interaction, views (/evidence/, /compare/…, /map/), decoded',
    rule: '<=',
    limit: { figure: 'js.page.chart-below.desktop.decoded' },
    unit: 'bytes',
    source: 'issue 16: no more than a page with a chart below the first screen (/drivers/recruitment/, same run)',
  },
  {
    figure: 'js.kind.view.transfer',
    what: 'JavaScript before interaction, views, over the wire (gzip)',
    rule: '<=',
    limit: { figure: 'js.page.chart-below.desktop.transfer' },
    unit: 'bytes',
    source: 'issue 16: as above',
  },
  // Lighthouse: the lowest score over one page of each kind, mobile and desktop (the control row left out).
  ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((category): Budget => ({
    figure: `lighthouse.min.${category}`,
    what: `Lighthouse ${category}, lowest over every page kind, mobile and desktop`,
    rule: '>=',
    limit: 100,
    unit: 'score',
    source: 'issues 14, 15, 16: 100 on all four categories, mobile and desktop, on every page kind',
  })),
  {
    figure: 'lighthouse.max.cls',
    what: 'Cumulative layout shift, highest over every Lighthouse run',
    rule: '<=',
    limit: 0,
    unit: 'shift',
    source: 'issue 14: CLS stays 0',
  },
  // The thesis PDF (issue 23): its size has a budget; its typesetting time (pdf.typeset.ms) is reported only.
  {
    figure: 'pdf.bytes',
    what: 'The thesis PDF (/pakistani-foreign-fighters-thesis.pdf), tagged PDF/UA-1 with its fonts',
    rule: '<=',
    limit: 1_000_000,
    unit: 'bytes',
    source: 'issue 23: size reported; about 1.5× its first build (682 kB, of which the accessibility tags about half: 345 kB untagged)',
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
  },
  {
    figure: 'search.dialog.later.ms',
    what: 'Header dialog: last keystroke to first result, after the first query (median)',
    rule: '<',
    limit: 100,
    unit: 'ms',
    source: 'issue 15: under 100 ms',
    beside: 'bare.search.dialog.later.ms',
  },
  {
    figure: 'search.index.bytes',
    what: 'Search index on disk (dist/pagefind/, Pagefind’s code included)',
    rule: '<',
    limit: 2_000_000,
    unit: 'bytes',
    source: 'the size budget of tests/browser/search.test.ts (about 1.1 MB for 151 pages in 2026)',
  },
  {
    figure: 'search.first.bytes',
    what: 'Bytes fetched from /pagefind/ for a first search on /search/',
    rule: '<',
    limit: 400_000,
    unit: 'bytes',
    source: 'the size budget of tests/browser/search.test.ts (about 225 kB in 2026)',
  },
];
