/**
 * The benchmark, the one script that measures the site: `npm run bench`.
 * Builds the site, measures it, prints each figure next to its budget
 * (bench/budgets.ts, the budgets' one place) and writes the whole to
 * bench/REPORT.md (committed; the README links to it). It never fails on a
 * timing, a score or a budget: it reports them. It exits non-zero only if it
 * could not measure at all (e.g. the build broke).
 *
 * Sections (scripts/bench/*.ts), all by default; `--only js,search` runs
 * some of them, `--skip scale` leaves some out (see USAGE in measure.ts):
 * - build: the median of several `astro build` runs (BENCH_BUILD_RUNS,
 *   default 3), and the pages built; left out, the others measure the dist/
 *   of the last build;
 * - sizes: bytes of HTML, CSS and JavaScript per page kind (raw and gzipped),
 *   the search index on disk, and the thesis PDF (its bytes, and the time
 *   Typst takes to typeset it: BENCH_PDF_RUNS cold runs, default 3; pdf.ts);
 * - js: the JavaScript each page kind fetches before any interaction, in
 *   Chromium; the chart pages (chart below the first screen, chart on it)
 *   beside a text page, on a desktop and a phone-sized screen; and what a
 *   text page and every kind of chart page fetch while read to their end;
 * - search: the time from the last keystroke in the header dialog to its
 *   first result, and the bytes and time of a first search on /search/;
 * - bare: the same text in a bare Starlight site (bare.ts), built in a
 *   throwaway folder: its text page's JavaScript and its dialog's timing,
 *   shown beside the site's figures and budgets;
 * - lighthouse: Lighthouse (performance, accessibility, best practices, SEO)
 *   on one page of each kind, mobile and desktop;
 * - scale: the build with the data multiplied (BENCH_SCALE, default 1,2,5,10)
 *   in throwaway copies, to show how build time grows (median of
 *   BENCH_SCALE_RUNS builds per factor, default 2).
 *
 * The site is served as a host would serve it: with the headers of
 * dist/_headers and gzip (tests/support/serve.ts). Page kinds come from the
 * registry of entity kinds (src/knowledge/kinds.ts) via pageKind().
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, type Budget } from '../bench/budgets.ts';
import { chromiumPath, launchBrowser } from '../tests/support/browser.ts';
import { distDir, listPages, sitemapPaths } from '../tests/support/dist.ts';
import { startServer } from '../tests/support/serve.ts';
import { BARE_TEXT_PAGE, makeBareSite, removeBareSite } from './bench/bare.ts';
import { timedBuild, type BuildRun } from './bench/build.ts';
import {
  CHART_PAGES,
  READ_PAGES,
  measureDialog,
  measureJs,
  measureSearchTimes,
  measureTyping,
  pageJs,
  VIEWPORTS,
  type ChartPageJs,
  type DialogTiming,
  type JsBeforeInteraction,
  type ReadPageJs,
  type ScriptBytes,
  type SearchMeasurements,
  STARLIGHT_DIALOG,
  type TypingTiming,
  typingFigures,
  typingTable,
} from './bench/browser.ts';
import { CATEGORIES, runLighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import {
  formatBytes,
  formatFigure,
  formatSeconds,
  growth,
  judge,
  lighthousePages,
  markdownTable,
  median,
  PAGE_KINDS,
  parseArgs,
  SECTIONS,
  type PageKind,
  type ScalePoint,
  type Section,
} from './bench/measure.ts';
import { makeScaledCopy, removeScaledCopy, type ScaledCopy } from './bench/scale.ts';
import { sizesByKind, type Sizes } from './bench/sizes.ts';
import { measurePdf, type PdfFigures } from './bench/pdf.ts';
import { THESIS_PDF_PATH } from '../src/knowledge/thesis-pdf-path.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const REPORT = join(root, 'bench', 'REPORT.md');
const buildRuns = Math.max(1, Number(process.env['BENCH_BUILD_RUNS'] ?? 3));
const scaleFactors = (process.env['BENCH_SCALE'] ?? '1,2,5,10')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 1);
const scaleRuns = Math.max(1, Number(process.env['BENCH_SCALE_RUNS'] ?? 2));
const pdfRuns = Math.max(1, Number(process.env['BENCH_PDF_RUNS'] ?? 3));
const SEARCH_QUERIES = ['recruitment', 'Lashkar-e-Taiba', 'madrasa'];
/** The machine's load when the run started: timings mean little on a busy machine. */
const loadAtStart = loadavg()[0] ?? Number.NaN;

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

async function section<T>(sections: ReadonlySet<Section>, name: Section, run: () => Promise<T>): Promise<T | undefined> {
  if (!sections.has(name)) return undefined;
  const start = performance.now();
  log(`${name}…`);
  const value = await run();
  log(`${name}: done in ${formatSeconds(performance.now() - start)}`);
  return value;
}

function dirBytes(dir: string): { total: number; files: number; byType: Map<string, number> } {
  const byType = new Map<string, number>();
  let total = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const type = extname(entry.name) || entry.name;
    byType.set(type, (byType.get(type) ?? 0) + size);
    total += size;
    files += 1;
  }
  return { total, files, byType };
}

function safe(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

interface Results {
  sections: ReadonlySet<Section>;
  builds?: BuildRun[] | undefined;
  pages: number;
  inSitemap: number;
  sizes?: Sizes | undefined;
  pagefind?: ReturnType<typeof dirBytes> | undefined;
  pdf?: PdfFigures | undefined;
  js?: { byKind: JsBeforeInteraction[]; chartPages: ChartPageJs[]; read: ReadPageJs[] } | undefined;
  search?: SearchMeasurements | undefined;
  bare?:
    { build: BuildRun; pagefind: ReturnType<typeof dirBytes>; js: ScriptBytes; read: ScriptBytes; dialog: DialogTiming[]; typing: TypingTiming[] } | undefined;
  lighthouse?: LighthouseRun[] | undefined;
  scale?: Array<{ copy: ScaledCopy['counts']; factor: number; runs: BuildRun[]; run: BuildRun }> | undefined;
}

/** The run's figures by name, the names bench/budgets.ts refers to. */
function figuresOf(results: Results): Map<string, number> {
  const figures = new Map<string, number>();
  for (const [figure, { value }] of results.sizes?.largest ?? []) figures.set(figure, value);
  for (const j of results.js?.byKind ?? []) {
    figures.set(`js.kind.${j.kind}.requests`, j.requests);
    figures.set(`js.kind.${j.kind}.transfer`, j.transfer);
    figures.set(`js.kind.${j.kind}.decoded`, j.decoded);
  }
  for (const c of results.js?.chartPages ?? []) {
    figures.set(`js.page.${c.page}.${c.viewport}.transfer`, c.transfer);
    figures.set(`js.page.${c.page}.${c.viewport}.decoded`, c.decoded);
  }
  for (const r of results.js?.read ?? []) figures.set(`js.read.${r.page}.decoded`, r.decoded);
  const chartPagesRead = (results.js?.read ?? []).filter((r) => r.charts > 0);
  if (chartPagesRead.length > 0) figures.set('js.read.chart.max.decoded', Math.max(...chartPagesRead.map((r) => r.decoded)));
  if (results.pagefind) figures.set('search.index.bytes', results.pagefind.total);
  if (results.pdf) {
    figures.set('pdf.bytes', results.pdf.bytes);
    figures.set('pdf.typeset.ms', median(results.pdf.runs.map((r) => r.ms)));
  }
  if (results.search) {
    figures.set('search.dialog.first.ms', median(results.search.dialog.map((d) => d.first.ms)));
    figures.set('search.dialog.later.ms', median(results.search.dialog.flatMap((d) => d.later.map((l) => l.ms))));
    figures.set('search.first.bytes', median(results.search.page.map((m) => m.firstSearchBytes)));
    figures.set('search.page.loadToResults.ms', median(results.search.page.map((m) => m.loadToResultsMs)));
    figures.set('search.page.typeToResults.ms', median(results.search.page.map((m) => m.typeToResultsMs)));
    for (const [name, value] of typingFigures('search.dialog', results.search.typing)) figures.set(name, value);
  }
  if (results.bare) {
    figures.set('bare.js.text.transfer', results.bare.js.transfer);
    figures.set('bare.js.text.decoded', results.bare.js.decoded);
    figures.set('bare.js.read.decoded', results.bare.read.decoded);
    figures.set('bare.search.dialog.first.ms', median(results.bare.dialog.map((d) => d.first.ms)));
    figures.set('bare.search.dialog.later.ms', median(results.bare.dialog.flatMap((d) => d.later.map((l) => l.ms))));
    for (const [name, value] of typingFigures('bare.search.dialog', results.bare.typing)) figures.set(name, value);
  }
  const audited = (results.lighthouse ?? []).filter((r) => !r.note);
  if (audited.length > 0) {
    for (const c of CATEGORIES) figures.set(`lighthouse.min.${c}`, Math.min(...audited.map((r) => (Number.isNaN(r.scores[c]) ? 0 : r.scores[c]))));
    // As Lighthouse shows it, to three decimals: 0.000004 is a CLS of 0.
    figures.set('lighthouse.max.cls', Math.max(...audited.map((r) => (Number.isNaN(r.cls) ? Number.POSITIVE_INFINITY : Math.round(r.cls * 1000) / 1000))));
  }
  return figures;
}

const RULE = { '<': '<', '<=': '≤', '>=': '≥' } as const;
const HELD = { test: '`npm test`', report: 'report' } as const;

/** Every budget next to its figure; after a partial run, only those the run measured. */
function renderBudgets(figures: ReadonlyMap<string, number>, partial: boolean): string[] {
  const measured = (budget: Budget) => judge(budget, figures).status !== 'not measured' || (budget.beside !== undefined && figures.has(budget.beside));
  const shown = BUDGETS.filter((budget) => !partial || measured(budget));
  if (shown.length === 0) return ['## Budgets', '', 'A partial run: no figure with a budget (bench/budgets.ts) was measured.', ''];
  return [
    '## Budgets',
    '',
    'Each figure next to its budget (bench/budgets.ts, where every budget is kept and says where its number comes from). ' +
      'Byte sizes are the same from build to build: going over one of them fails `npm test` (tests/site/budgets.test.ts). Timings and scores vary with the machine: they are reported here, never a failed test.' +
      (shown.length < BUDGETS.length ? ` A partial run: ${BUDGETS.length - shown.length} of ${BUDGETS.length} budgets not measured and left out.` : ''),
    '',
    markdownTable(
      ['What', 'Measured', 'Budget', 'Verdict', 'Held by', 'Bare Starlight', 'From'],
      shown.map((budget) => {
        const verdict = judge(budget, figures);
        const bare =
          budget.beside === undefined ? '' : figures.has(budget.beside) ? formatFigure(figures.get(budget.beside) ?? Number.NaN, budget.unit) : 'not measured';
        const limitText =
          typeof budget.limit === 'number'
            ? formatFigure(budget.limit, budget.unit)
            : `\`${budget.limit.figure}\`${budget.limit.plus ? ` + ${formatFigure(budget.limit.plus, budget.unit)}` : ''}`;
        if (verdict.status === 'not measured')
          return [
            budget.what,
            'not measured',
            `${RULE[budget.rule]} ${limitText}`,
            `– (no \`${verdict.missing}\` in this run)`,
            HELD[budget.held],
            bare,
            budget.source,
          ];
        const limit = typeof budget.limit === 'number' ? limitText : `${formatFigure(verdict.limit, budget.unit)} (${limitText})`;
        const word = verdict.status === 'pass' ? 'pass' : budget.rule === '>=' ? '**below**' : '**over**';
        return [budget.what, formatFigure(verdict.value, budget.unit), `${RULE[budget.rule]} ${limit}`, word, HELD[budget.held], bare, budget.source];
      }),
    ),
    '',
  ];
}

function render(results: Results): string {
  const kindOrder = (kind: PageKind) => PAGE_KINDS.indexOf(kind);
  const skipped = (name: Section) => `Not run (\`--only\`/\`--skip\`): \`npm run bench -- --only ${name}\` measures it.`;
  const out: string[] = [];
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const ran = SECTIONS.filter((s) => results.sections.has(s));
  out.push(
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${when}, commit \`${safe('git', ['rev-parse', '--short', 'HEAD'])}\`` +
      `${ran.length < SECTIONS.length ? `, sections ${ran.join(', ')} only` : ''}. ` +
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1e9)} GB; Node ${process.version}; ` +
      `${safe(chromiumPath, ['--version']).split('\n')[0]}. Load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} at the end ` +
      `(${cpus().length} means every core busy): timings vary with it, from run to run and machine to machine; the sizes do not.`,
    '',
    'The site is served as a static host would serve it: the headers of `dist/_headers` and gzip. ' +
      'Nothing here fails a build; the gates are the tests (`npm test`).',
    '',
  );

  out.push(...renderBudgets(figuresOf(results), ran.length < SECTIONS.length));

  out.push('## Build', '');
  if (results.builds) {
    const ok = results.builds.filter((b) => b.ok);
    out.push(
      `- Build time: **${formatSeconds(median(ok.map((b) => b.ms)))}** (median of ${ok.length} run(s): ${ok.map((b) => formatSeconds(b.ms)).join(', ')})`,
      `- Pages built: **${results.pages}** (${results.inSitemap} in the sitemap, plus the 404 page)`,
      '',
    );
  } else out.push(`${skipped('build')} The other sections measured the existing dist/ (${results.pages} pages).`, '');

  out.push('## Bytes per page kind', '');
  if (results.sizes) {
    out.push(
      'Mean per page of each kind: the HTML file (inline scripts included), the CSS it links and the JavaScript files it loads (module scripts and their static imports; tests/support/page-bytes.ts). Raw / gzip. The largest page of each kind is in the budgets above.',
      '',
      markdownTable(
        ['Kind', 'Pages', 'HTML', 'CSS', 'JavaScript'],
        [...results.sizes.byKind]
          .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
          .map((s) => [
            s.kind,
            String(s.pages),
            `${formatBytes(s.html.raw)} / ${formatBytes(s.html.gzip)}`,
            `${formatBytes(s.css.raw)} / ${formatBytes(s.css.gzip)}`,
            `${formatBytes(s.js.raw)} / ${formatBytes(s.js.gzip)}`,
          ]),
      ),
      '',
    );
  } else out.push(skipped('sizes'), '');

  out.push('## Thesis PDF', '');
  if (results.pdf) {
    const { bytes, runs } = results.pdf;
    out.push(
      `- \`${THESIS_PDF_PATH}\`: **${formatBytes(bytes)}**, ${runs[0]?.pages ?? '?'} pages (tagged PDF/UA-1, Libertinus Serif embedded as subsets)`,
      `- Typesetting (the document model rendered to Typst and compiled to PDF, cold, in a process of its own, as the build pays it once): **${formatSeconds(median(runs.map((r) => r.ms)))}** (median of ${runs.length}: ${runs.map((r) => formatSeconds(r.ms)).join(', ')})`,
      '',
    );
  } else out.push(skipped('sizes'), '');

  out.push('## JavaScript fetched before interaction', '');
  if (results.js) {
    out.push(
      'Measured in Chromium, each page in a fresh context (nothing cached): loaded until the network is idle; no input, no scrolling. ' +
        'Every script counts, workers included: requests, bytes over the wire (gzip) and decoded. Median over up to five pages of each kind (`js.kind.<kind>.decoded`).',
      '',
      markdownTable(
        ['Kind', 'Pages measured', 'Script requests', 'Transferred', 'Decoded'],
        [...results.js.byKind]
          .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
          .map((j) => [j.kind, String(j.pagesMeasured), String(j.requests), formatBytes(j.transfer), formatBytes(j.decoded)]),
      ),
      '',
      '### Chart pages beside a text page',
      '',
      'Charts are drawn in the build by chart.js (inline SVG, src/charts/): a chart page ships no chart code. Before interaction, as above (`js.page.<page>.<viewport>.decoded`):',
      '',
    );
    for (const { id: viewport, label } of VIEWPORTS) {
      const rows = results.js.chartPages.filter((c) => c.viewport === viewport);
      const text = rows.find((c) => c.page === 'text');
      out.push(
        `${label}:`,
        '',
        markdownTable(
          ['Page', 'Path', 'Script requests', 'Transferred', 'Decoded', 'Decoded vs text page', 'Chart'],
          rows.map((c) => {
            const page = CHART_PAGES.find((p) => p.id === c.page);
            return [
              page?.label ?? c.page,
              page?.path ?? '',
              String(c.requests),
              formatBytes(c.transfer),
              formatBytes(c.decoded),
              text && c !== text ? `${c.decoded >= text.decoded ? '+' : '−'}${formatBytes(Math.abs(c.decoded - text.decoded))}` : '–',
              c.chartTop === null ? 'none' : `top at ${c.chartTop} px`,
            ];
          }),
        ),
        '',
      );
    }
    const textRead = results.js.read.find((r) => r.page === 'text');
    out.push(
      'Read to its end: each page scrolled a screen at a time, with no pointer or key, each screen painted and the network idle (`js.read.<page>.decoded`; bare Starlight: `bare.js.read.decoded`).',
      '',
      markdownTable(
        ['Page', 'Path', 'Charts', 'Script requests', 'Transferred', 'Decoded', 'Decoded vs text page'],
        results.js.read.map((r) => {
          const page = READ_PAGES.find((p) => p.id === r.page);
          return [
            page?.label ?? r.page,
            page?.path ?? '',
            String(r.charts),
            String(r.requests),
            formatBytes(r.transfer),
            formatBytes(r.decoded),
            textRead && r !== textRead ? `${r.decoded >= textRead.decoded ? '+' : '−'}${formatBytes(Math.abs(r.decoded - textRead.decoded))}` : '–',
          ];
        }),
      ),
      '',
    );
  } else out.push(skipped('js'), '');

  out.push('## Search (Pagefind)', '');
  const pf = results.pagefind;
  if (pf) {
    out.push(
      `- Index on disk: **${formatBytes(pf.total)}** in ${pf.files} files (${[...pf.byType]
        .sort((a, b) => b[1] - a[1])
        .map(([type, bytes]) => `${type} ${formatBytes(bytes)}`)
        .join(', ')}).`,
    );
  }
  if (results.search) {
    const { dialog, page } = results.search;
    out.push(
      `- Header dialog, from the last keystroke to the first result in the dialog (measured in the page, from the input event to the result in the DOM): ` +
        `**${Math.round(median(dialog.map((d) => d.first.ms)))} ms** for the first query of a visit, after pointing at the search button (the site's dialog then loads its code and Pagefind's runtime and index metadata, and is measured once it has), ` +
        `**${Math.round(median(dialog.flatMap((d) => d.later.map((l) => l.ms))))} ms** for the queries after it (medians).`,
      `- /search/, a first search with nothing cached: **${formatBytes(median(page.map((m) => m.firstSearchBytes)))}** fetched from /pagefind/ in ${median(page.map((m) => m.firstSearchRequests))} requests; ` +
        `**${Math.round(median(page.map((m) => m.loadToResultsMs)))} ms** from navigation to results, **${Math.round(median(page.map((m) => m.typeToResultsMs)))} ms** from the search starting to its results on a loaded page (medians; ${page[0]?.indexedPages ?? '?'} pages indexed).`,
      '',
      markdownTable(
        [
          'Query',
          'Dialog, first query of a visit',
          'Dialog, typed after the others',
          'Results shown',
          '/search/: navigation to results',
          '/search/: search to results',
        ],
        SEARCH_QUERIES.map((query) => {
          const first = dialog.find((d) => d.first.query === query)?.first;
          const later = dialog.flatMap((d) => d.later).filter((l) => l.query === query);
          const onPage = page.find((m) => m.query === query);
          return [
            query,
            first ? `${Math.round(first.ms)} ms` : '–',
            later.length > 0 ? later.map((l) => `${Math.round(l.ms)} ms`).join(', ') : '–',
            first ? String(first.results) : '–',
            onPage ? `${onPage.loadToResultsMs} ms` : '–',
            onPage ? `${onPage.typeToResultsMs} ms` : '–',
          ];
        }),
      ),
      '',
    );
    const typed = typingTable(results.search.typing, results.bare?.typing);
    out.push(
      'Typed key by key into the header dialog, from the last key to the results of the whole query (a fresh visit per query and pace: the first query once the reader has shown intent, then the others), beside bare Starlight typed the same way in the same run:',
      '',
      markdownTable(typed.header, typed.rows),
      '',
    );
  } else out.push(`- Search timing: ${skipped('search')}`, '');

  out.push('## Bare Starlight', '');
  if (results.bare) {
    const { build, pagefind, js, dialog } = results.bare;
    out.push(
      "The yardstick of issue 15: a Starlight site with nothing of ours (no overrides, Starlight's own search dialog with Pagefind's default UI) holding the thesis's pages as plain Markdown, " +
        'built in a throwaway folder (bench/tmp/bare-starlight/) and measured the same way in the same run. It indexes only the thesis pages, so its index is smaller.',
      '',
      `- Built in ${formatSeconds(build.ms)}: ${build.pages} pages; search index ${formatBytes(pagefind.total)} in ${pagefind.files} files.`,
      `- JavaScript before interaction on its text page (${BARE_TEXT_PAGE}): ${js.requests} script requests, **${formatBytes(js.transfer)}** over the wire, **${formatBytes(js.decoded)}** decoded; ` +
        `read to its end: ${results.bare.read.requests} script requests, **${formatBytes(results.bare.read.decoded)}** decoded.`,
      `- Its dialog, last keystroke to first result: **${Math.round(median(dialog.map((d) => d.first.ms)))} ms** for the first query of a visit, **${Math.round(median(dialog.flatMap((d) => d.later.map((l) => l.ms))))} ms** after it (medians; ` +
        dialog.map((d) => `${d.first.query} ${Math.round(d.first.ms)} ms first`).join(', ') +
        ').',
      '',
    );
  } else out.push(skipped('bare'), '');

  out.push('## Lighthouse', '');
  if (results.lighthouse) {
    out.push(
      `Lighthouse ${safe(process.execPath, [join(root, 'node_modules/lighthouse/cli/index.js'), '--version'])}, one page of each kind; mobile uses Lighthouse's simulated slow 4G and 4× CPU slowdown. ` +
        'A page that is not 100 everywhere on its first run is run twice more and the median run shown; a run Lighthouse cannot complete (it asks to be run again) is run again, up to three times, and listed below. ' +
        'On a busy machine scores move by several points from run to run. The goal is 100 everywhere.',
      '',
      markdownTable(
        ['Kind', 'Page', 'Form factor', ...CATEGORIES, 'CLS', 'Runs'],
        results.lighthouse.map((r) => [
          r.note ? `${r.kind} (${r.note})` : r.kind,
          r.path,
          r.formFactor,
          ...CATEGORIES.map((c) => (Number.isNaN(r.scores[c]) ? '–' : r.scores[c] === 100 ? '100' : `**${r.scores[c]}**`)),
          Number.isNaN(r.cls) ? '–' : r.cls.toFixed(3),
          String(r.runs),
        ]),
      ),
      '',
    );
    const below = results.lighthouse.filter((r) => r.error || r.shortfalls.length > 0);
    if (below.length > 0) {
      out.push('What cost points:', '');
      for (const r of below) {
        out.push(`- ${r.path}${r.note ? ` (${r.note})` : ''} (${r.formFactor}): ${r.error ? `error: ${r.error}` : r.shortfalls.join('; ')}`);
      }
      out.push('');
    }
    const retried = results.lighthouse.filter((r) => r.retried.length > 0);
    if (retried.length > 0) {
      out.push('Run again because Lighthouse could not complete a run (not counted among the runs):', '');
      for (const r of retried) {
        out.push(`- ${r.path}${r.note ? ` (${r.note})` : ''} (${r.formFactor}): ${r.retried.map((e) => e.split(':')[0]).join(', ')}`);
      }
      out.push('');
    }
  } else out.push(skipped('lighthouse'), '');

  out.push('## Scale', '');
  if (results.scale) {
    const points: ScalePoint[] = results.scale.filter((s) => s.run.ok).map((s) => ({ factor: s.factor, pages: s.run.pages, buildMs: s.run.ms }));
    const g = growth(points);
    out.push(
      `The same build in throwaway copies (bench/tmp/, never committed) with every driver, organization and theory, and every finding, multiplied by the factor (synthetic twins; the five host groups and 22 interviewees are fixed by the thesis). Build time is the median of ${results.scale[0]?.runs.length ?? 0} build(s) per factor (all runs in brackets).`,
      '',
      markdownTable(
        ['Factor', 'Drivers', 'Findings', 'Organizations', 'Theories', 'Pages built', 'Build time', 'Time per page'],
        results.scale.map((s) => [
          `${s.factor}×`,
          String(s.copy.drivers),
          String(s.copy.findings),
          String(s.copy.organizations),
          String(s.copy.theories),
          s.run.ok ? String(s.run.pages) : 'build failed',
          s.run.ok ? `${formatSeconds(s.run.ms)} (${s.runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')})` : '–',
          s.run.ok ? `${Math.round(s.run.ms / s.run.pages)} ms` : '–',
        ]),
      ),
      '',
      `Each extra page costs ${g.marginalMsPerPage.map((ms) => `${Math.round(ms)} ms`).join(' → ')} between consecutive factors; ` +
        `${Math.round(g.lowerMsPerPage)} ms in the lower half of the range and ${Math.round(g.upperMsPerPage)} ms in the upper half. ` +
        (Number.isNaN(g.curvature)
          ? 'Too few points for a verdict.'
          : g.linear
            ? `Build time grows **no faster than linearly** (upper/lower ${g.curvature.toFixed(2)}; above 1.5 would mean faster than linear).`
            : `Build time grows **faster than linearly** (upper/lower ${g.curvature.toFixed(2)}, above 1.5).`),
      '',
    );
    for (const s of results.scale.filter((s) => !s.run.ok)) out.push(`Factor ${s.factor} failed:`, '', '```', s.run.tail, '```', '');
  } else out.push(skipped('scale'), '');
  return out.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sections = options.sections;
  log(`sections: ${SECTIONS.filter((s) => sections.has(s)).join(', ')}`);
  const results: Results = { sections, pages: 0, inSitemap: 0 };

  results.builds = await section(sections, 'build', async () => {
    const runs: BuildRun[] = [];
    for (let i = 0; i < buildRuns; i++) {
      const run = timedBuild();
      log(`  build ${i + 1}/${buildRuns}: ${formatSeconds(run.ms)}, ${run.pages} pages${run.ok ? '' : ' (FAILED)'}`);
      if (!run.ok) throw new Error(`the build failed:\n${run.tail}`);
      runs.push(run);
    }
    return runs;
  });
  const built = existsSync(join(distDir, 'index.html'));
  if (!built && (['sizes', 'js', 'search', 'lighthouse'] as const).some((s) => sections.has(s))) {
    throw new Error(`no built site in ${distDir}: run \`npm run build\` first, or include the build section`);
  }
  const paths = built ? sitemapPaths() : [];
  results.pages = built ? listPages().length + 1 : 0;
  results.inSitemap = paths.length;
  results.sizes = await section(sections, 'sizes', async () => {
    results.pagefind = dirBytes(join(distDir, 'pagefind'));
    results.pdf = measurePdf(join(distDir, THESIS_PDF_PATH), pdfRuns);
    log(`  thesis PDF: ${formatBytes(results.pdf.bytes)}, typeset in ${results.pdf.runs.map((r) => formatSeconds(r.ms)).join(', ')}`);
    return sizesByKind([...listPages(), '/404.html']);
  });

  results.bare = await section(sections, 'bare', async () => {
    const dir = makeBareSite();
    try {
      const build = timedBuild(dir);
      log(`  bare Starlight: ${build.ok ? `${formatSeconds(build.ms)}, ${build.pages} pages` : 'build FAILED'}`);
      if (!build.ok) throw new Error(`the bare Starlight site did not build:\n${build.tail}`);
      const bareDist = join(dir, 'dist');
      const server = await startServer(bareDist, { compress: true });
      const browser = await launchBrowser();
      try {
        return {
          build,
          pagefind: dirBytes(join(bareDist, 'pagefind')),
          js: await pageJs(browser, server.origin + BARE_TEXT_PAGE),
          read: await pageJs(browser, server.origin + BARE_TEXT_PAGE, true),
          dialog: await measureDialog(browser, server.origin, SEARCH_QUERIES, STARLIGHT_DIALOG),
          typing: await measureTyping(browser, server.origin, SEARCH_QUERIES, STARLIGHT_DIALOG),
        };
      } finally {
        await browser.close();
        await server.close();
      }
    } finally {
      removeBareSite();
    }
  });

  if (['js', 'search', 'lighthouse'].some((s) => sections.has(s as Section))) {
    const server = await startServer(distDir, { headersFile: join(distDir, '_headers'), compress: true });
    try {
      if (sections.has('js') || sections.has('search')) {
        const browser = await launchBrowser();
        try {
          results.js = await section(sections, 'js', () => measureJs(browser, server.origin, paths));
          results.search = await section(sections, 'search', async () => {
            results.pagefind ??= dirBytes(join(distDir, 'pagefind'));
            return measureSearchTimes(browser, server.origin, SEARCH_QUERIES);
          });
        } finally {
          await browser.close();
        }
      }
      results.lighthouse = await section(sections, 'lighthouse', () => runLighthouse(server.origin, lighthousePages(paths)));
    } finally {
      await server.close();
    }
  }

  results.scale = await section(sections, 'scale', async () => {
    const points = [];
    for (const factor of scaleFactors) {
      const copy = makeScaledCopy(factor);
      const runs: BuildRun[] = [];
      for (let i = 0; i < scaleRuns; i++) {
        const run = timedBuild(copy.dir);
        log(`  ${factor}× run ${i + 1}/${scaleRuns}: ${run.ok ? `${formatSeconds(run.ms)}, ${run.pages} pages` : 'build FAILED'}`);
        runs.push(run);
        if (!run.ok) break;
      }
      const ok = runs.filter((r) => r.ok);
      const run: BuildRun =
        ok.length === runs.length && ok.length > 0 ? { ...(ok[0] as BuildRun), ms: median(ok.map((r) => r.ms)) } : (runs.find((r) => !r.ok) as BuildRun);
      points.push({ factor, copy: copy.counts, runs, run });
      removeScaledCopy(copy);
    }
    return points;
  });

  const report = render(results);
  process.stdout.write(`\n${report}\n`);
  if (options.write) {
    writeFileSync(REPORT, `${report}\n`);
    log(`written to ${REPORT}`);
  } else log(`a partial run: bench/REPORT.md left as it was (--write writes it)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
