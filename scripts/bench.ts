/**
 * The benchmark: `npm run bench`. Builds the site, measures it, prints the
 * figures and writes them to bench/REPORT.md (committed; the README links to
 * it). It never fails on a timing or a score: it reports them. It exits
 * non-zero only if it could not measure at all (e.g. the build broke).
 *
 * What it measures (scripts/bench/*.ts):
 * - build time: the median of several `astro build` runs (BENCH_BUILD_RUNS,
 *   default 3), and the pages built;
 * - bytes of HTML, CSS and JavaScript per page kind (raw and gzipped);
 * - the JavaScript each page kind fetches before any interaction, in Chromium;
 * - Lighthouse (performance, accessibility, best practices, SEO) on one page
 *   of each kind, mobile and desktop;
 * - the Pagefind index size and the time from typing a query to its first result;
 * - scale: the build with the data multiplied (BENCH_SCALE, default 1,2,5,10)
 *   in throwaway copies, to show how build time grows (median of
 *   BENCH_SCALE_RUNS builds per factor, default 2).
 *
 * The site is served as a host would serve it: with the headers of
 * dist/_headers and gzip (tests/support/serve.ts).
 * BENCH_SKIP=lighthouse,scale (any of build, sizes, browser, lighthouse, scale)
 * leaves sections out for a quick run; they are marked as skipped in the report.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../tests/support/browser.ts';
import { distDir, listPages, sitemapPaths } from '../tests/support/dist.ts';
import { startServer } from '../tests/support/serve.ts';
import { timedBuild, type BuildRun } from './bench/build.ts';
import { measureInBrowser, type JsBeforeInteraction, type SearchTiming } from './bench/browser.ts';
import { CATEGORIES, runLighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import { formatBytes, formatSeconds, growth, markdownTable, median, pageKind, PAGE_KINDS, type PageKind, type ScalePoint } from './bench/measure.ts';
import { makeScaledCopy, removeScaledCopy, type ScaledCopy } from './bench/scale.ts';
import { sizesByKind, type KindSizes } from './bench/sizes.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const REPORT = join(root, 'bench', 'REPORT.md');
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const buildRuns = Math.max(1, Number(process.env['BENCH_BUILD_RUNS'] ?? 3));
const scaleFactors = (process.env['BENCH_SCALE'] ?? '1,2,5,10').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1);
const scaleRuns = Math.max(1, Number(process.env['BENCH_SCALE_RUNS'] ?? 2));
const SEARCH_QUERIES = ['recruitment', 'Lashkar', 'madrasa'];
/** The machine's load when the run started: timings mean little on a busy machine. */
const loadAtStart = loadavg()[0] ?? Number.NaN;

/** The page Lighthouse audits for each kind the issue names (the first of its kind if that one is gone). */
const LIGHTHOUSE_PAGES: ReadonlyArray<{ kind: PageKind; preferred: string }> = [
  { kind: 'home', preferred: '/' },
  { kind: 'chapter', preferred: '/chapters/introduction/' },
  { kind: 'case study', preferred: '/case-studies/kashmir/' },
  { kind: 'driver', preferred: '/drivers/recruitment/' },
  { kind: 'group', preferred: '/groups/afghan-taliban/' },
  { kind: 'organization', preferred: '/organizations/lashkar-e-taiba/' },
  { kind: 'data', preferred: '/data/' },
];

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

function section<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  if (skip.has(name)) {
    log(`${name}: skipped (BENCH_SKIP)`);
    return Promise.resolve(undefined);
  }
  const start = performance.now();
  log(`${name}…`);
  return run().then((value) => {
    log(`${name}: done in ${formatSeconds(performance.now() - start)}`);
    return value;
  });
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
  builds?: BuildRun[] | undefined;
  pages: number;
  inSitemap: number;
  sizes?: KindSizes[] | undefined;
  js?: JsBeforeInteraction[] | undefined;
  search?: SearchTiming[] | undefined;
  pagefind: ReturnType<typeof dirBytes>;
  lighthouse?: LighthouseRun[] | undefined;
  scale?: Array<{ copy: ScaledCopy['counts']; factor: number; runs: BuildRun[]; run: BuildRun }> | undefined;
}

function render(results: Results): string {
  const kindOrder = (kind: PageKind) => PAGE_KINDS.indexOf(kind);
  const out: string[] = [];
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  out.push(
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${when}, commit \`${safe('git', ['rev-parse', '--short', 'HEAD'])}\`. ` +
      `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1e9)} GB; Node ${process.version}; ` +
      `${safe(chromiumPath, ['--version']).split('\n')[0]}. Load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} at the end ` +
      `(${cpus().length} means every core busy): timings vary with it, from run to run and machine to machine; the sizes do not.`,
    '',
    'The site is served as a static host would serve it: the headers of `dist/_headers` and gzip. ' +
      'Nothing here fails a build; the gates are the tests (`npm test`).',
    '',
  );

  out.push('## Build', '');
  if (results.builds) {
    const ok = results.builds.filter((b) => b.ok);
    out.push(
      `- Build time: **${formatSeconds(median(ok.map((b) => b.ms)))}** (median of ${ok.length} run(s): ${ok.map((b) => formatSeconds(b.ms)).join(', ')})`,
      `- Pages built: **${results.pages}** (${results.inSitemap} in the sitemap, plus the 404 page)`,
      '',
    );
  } else out.push('Skipped.', '');

  out.push('## Bytes per page kind', '');
  if (results.sizes) {
    out.push(
      'Mean per page of each kind: the HTML file, and the CSS and JavaScript its markup references (stylesheets, module scripts, inline scripts). Raw / gzip.',
      '',
      markdownTable(
        ['Kind', 'Pages', 'HTML', 'CSS', 'JavaScript'],
        [...results.sizes]
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
  } else out.push('Skipped.', '');

  out.push('## JavaScript fetched before interaction', '');
  if (results.js) {
    out.push(
      'Measured in Chromium: each page loaded until the network is idle, with no input; script requests and their bytes over the wire (gzip) and decoded. Median over up to five pages of each kind.',
      '',
      markdownTable(
        ['Kind', 'Pages measured', 'Script requests', 'Transferred', 'Decoded'],
        [...results.js]
          .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
          .map((j) => [j.kind, String(j.pagesMeasured), String(j.requests), formatBytes(j.transferBytes), formatBytes(j.decodedBytes)]),
      ),
      '',
    );
  } else out.push('Skipped.', '');

  out.push('## Search (Pagefind)', '');
  const pf = results.pagefind;
  out.push(
    `- Index on disk: **${formatBytes(pf.total)}** in ${pf.files} files (${[...pf.byType]
      .sort((a, b) => b[1] - a[1])
      .map(([type, bytes]) => `${type} ${formatBytes(bytes)}`)
      .join(', ')}).`,
  );
  if (results.search) {
    out.push(
      `- Time from typing a query to its first result: **${formatSeconds(median(results.search.map((s) => s.coldMs)))}** on the first search of a visit (loads Pagefind), **${(median(results.search.map((s) => s.warmMs)) / 1000).toFixed(2)} s** after that (medians).`,
      '',
      markdownTable(
        ['Query', 'First search', 'Again', 'Results shown'],
        results.search.map((s) => [s.query, `${Math.round(s.coldMs)} ms`, `${Math.round(s.warmMs)} ms`, String(s.results)]),
      ),
      '',
    );
  } else out.push('- Search timing skipped.', '');

  out.push('## Lighthouse', '');
  if (results.lighthouse) {
    out.push(
      `Lighthouse ${safe(process.execPath, [join(root, 'node_modules/lighthouse/cli/index.js'), '--version'])}, one page of each kind; mobile uses Lighthouse's simulated slow 4G and 4× CPU slowdown. The goal is 100 everywhere.`,
      '',
      markdownTable(
        ['Kind', 'Page', 'Form factor', ...CATEGORIES],
        results.lighthouse.map((r) => [
          r.kind,
          r.path,
          r.formFactor,
          ...CATEGORIES.map((c) => (Number.isNaN(r.scores[c]) ? '–' : r.scores[c] === 100 ? '100' : `**${r.scores[c]}**`)),
        ]),
      ),
      '',
    );
    const below = results.lighthouse.filter((r) => r.error || r.shortfalls.length > 0);
    if (below.length > 0) {
      out.push('What cost points:', '');
      for (const r of below) {
        out.push(`- ${r.path} (${r.formFactor}): ${r.error ? `error: ${r.error}` : r.shortfalls.join('; ')}`);
      }
      out.push('');
    }
  } else out.push('Skipped.', '');

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
  } else out.push('Skipped.', '');
  return out.join('\n');
}

async function main(): Promise<void> {
  const results: Results = { pages: 0, inSitemap: 0, pagefind: { total: 0, files: 0, byType: new Map() } };

  results.builds = await section('build', async () => {
    const runs: BuildRun[] = [];
    for (let i = 0; i < buildRuns; i++) {
      const run = timedBuild();
      log(`  build ${i + 1}/${buildRuns}: ${formatSeconds(run.ms)}, ${run.pages} pages${run.ok ? '' : ' (FAILED)'}`);
      if (!run.ok) throw new Error(`the build failed:\n${run.tail}`);
      runs.push(run);
    }
    return runs;
  });
  const paths = sitemapPaths();
  results.pages = listPages().length + 1;
  results.inSitemap = paths.length;
  results.pagefind = dirBytes(join(distDir, 'pagefind'));
  results.sizes = await section('sizes', async () => sizesByKind([...listPages()]));

  const server = await startServer(distDir, { headersFile: join(distDir, '_headers'), compress: true });
  try {
    const measured = await section('browser', () => measureInBrowser(server.origin, paths, SEARCH_QUERIES));
    results.js = measured?.js;
    results.search = measured?.search;
    results.lighthouse = await section('lighthouse', () => {
      const pages = LIGHTHOUSE_PAGES.flatMap(({ kind, preferred }) => {
        const path = paths.includes(preferred) ? preferred : paths.find((p) => pageKind(p) === kind);
        return path ? [{ kind, path }] : [];
      });
      return runLighthouse(server.origin, pages);
    });
  } finally {
    await server.close();
  }

  results.scale = await section('scale', async () => {
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
  writeFileSync(REPORT, `${report}\n`);
  process.stdout.write(`\n${report}\n`);
  log(`written to ${REPORT}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
