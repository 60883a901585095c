/**
 * Prints the JavaScript each kind of page fetches before the reader
 * interacts with it (loaded, network idle, not scrolled), in Chromium, on a
 * desktop and a phone-sized screen:
 *
 * - a text page (no chart);
 * - a page whose chart is below the first screen;
 * - a page with a chart on its first screen;
 * - the baselines the charts are held to: that same page with its chart
 *   drawn by one eagerly loaded bundle of tree-shaken chart.js (built here
 *   with Vite, as Astro builds the site): the site's own main-thread drawing
 *   code (draw.ts), and a plain chart.js bar chart with the tooltip and legend
 *   plugins a chart.js chart usually registers.
 *
 * Worker scripts count: every .js response is summed, whoever fetched it.
 *
 * With --lighthouse it also runs Lighthouse (mobile, performance only, three
 * runs each, served gzip-compressed) on the text page, the two chart pages,
 * and the first-screen chart page with its chart blocked, as a control: on a
 * busy machine the scores move by several points from run to run, so compare
 * a chart page with its control rather than with 100.
 *
 * Usage: npm run build && node scripts/measure-js.ts [--lighthouse]
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath, launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);

const PAGES = [
  { label: 'text page, no chart', path: '/chapters/introduction/' },
  { label: 'chart below the first screen', path: '/drivers/recruitment/' },
  { label: 'chart on the first screen', path: '/data/' },
  { label: 'baseline: same chart (draw.ts), eager', path: '/data/', eager: 'site' },
  { label: 'baseline: plain chart.js bar chart + tooltip, legend, eager', path: '/data/', eager: 'plain' },
] as const;

const VIEWPORTS = [
  { name: 'desktop 1280×720', viewport: { width: 1280, height: 720 }, isMobile: false },
  { name: 'phone 412×823 (Lighthouse mobile)', viewport: { width: 412, height: 823 }, isMobile: true },
] as const;

const EAGER_ENTRIES = {
  /** The site's drawing code (the main-thread fallback), drawing every chart on load. */
  site:
    `import { drawChart } from ${JSON.stringify(join(root, 'src/charts/draw.ts'))};\n` +
    `document.querySelectorAll('figure[data-chart]').forEach((f) => drawChart(f as HTMLElement));\n`,
  /** A chart.js bar chart as its documentation sets one up, tree-shaken, with the default tooltip and legend. */
  plain: `import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const spec = JSON.parse(figure.dataset['chart']!);
  const canvas = document.createElement('canvas');
  figure.querySelector('.chart-box')!.replaceChildren(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: spec.categories.map((c: any) => c.lines), datasets: spec.series.map((s: any) => ({ label: s.label, data: s.cells.map((c: any) => c.value), backgroundColor: s.colour })) },
    options: { indexAxis: 'y', maintainAspectRatio: false },
  });
  figure.dataset['drawn'] = 'true';
}
`,
} as const;

/** One eagerly loaded bundle of `source`, built by Vite. */
async function eagerBundle(source: string): Promise<string> {
  // Inside the project, so that the entry resolves chart.js from its node_modules.
  const dir = mkdtempSync(join(root, '.measure-js-'));
  try {
    const entry = join(dir, 'eager.ts');
    writeFileSync(entry, source);
    const result = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: entry } },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
    if (!chunk || chunk.type !== 'chunk') throw new Error('measure-js: Vite built no entry chunk for the eager baseline');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  files: Array<{ url: string; bytes: number; gzip: number }>;
  chartTop: number | null;
  drawn: boolean;
}

async function measure(context: BrowserContext, url: string): Promise<Measured> {
  const page = await context.newPage();
  const files: Measured['files'] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const { chartTop, drawn } = await page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('figure[data-chart]');
    return { chartTop: figure ? Math.round(figure.getBoundingClientRect().top) : null, drawn: figure?.dataset['drawn'] === 'true' };
  });
  await page.close();
  return { files, chartTop, drawn };
}

const sum = (files: Measured['files'], key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

const server = await startServer();
const browser = await launchBrowser();
const eager = { site: await eagerBundle(EAGER_ENTRIES.site), plain: await eagerBundle(EAGER_ENTRIES.plain) };
const results: Record<string, Record<string, Measured>> = {};
try {
  for (const { name, viewport, isMobile } of VIEWPORTS) {
    results[name] = {};
    for (const p of PAGES) {
      const ctx = await browser.newContext({ viewport, isMobile });
      if ('eager' in p) {
        // The same HTML, with the lazy loader swapped for the eager bundle.
        await ctx.route(`${server.origin}${p.path}`, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(
            /<script type="module" src="\/_astro\/BarChart\.astro[^"]*"><\/script>/,
            '<script type="module" src="/_astro/eager-chart.js"></script>',
          );
          await route.fulfill({ response, body: html });
        });
        await ctx.route(`${server.origin}/_astro/eager-chart.js`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: eager[p.eager] }),
        );
      }
      results[name][p.label] = await measure(ctx, `${server.origin}${p.path}`);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
}

for (const [viewport, pages] of Object.entries(results)) {
  console.log(`\n${viewport}: JavaScript fetched before interaction (uncompressed / gzip)`);
  const text = pages[PAGES[0].label]!;
  for (const p of PAGES) {
    const m = pages[p.label]!;
    const where = m.chartTop === null ? 'no chart' : `chart at ${m.chartTop}px, ${m.drawn ? 'drawn' : 'not drawn'}`;
    const vsText = p === PAGES[0] ? '' : `, ${((sum(m.files, 'bytes') / sum(text.files, 'bytes') - 1) * 100).toFixed(1)}% vs text page`;
    console.log(`  ${p.label.padEnd(52)} ${kb(sum(m.files, 'bytes')).padStart(9)} / ${kb(sum(m.files, 'gzip')).padStart(8)}  (${m.files.length} files; ${where}${vsText})`);
  }
  const first = pages[PAGES[2].label]!;
  for (const base of [PAGES[3], PAGES[4]]) {
    const b = pages[base.label]!;
    console.log(`  chart on first screen minus ${base.label}: ${sum(first.files, 'bytes') - sum(b.files, 'bytes')} bytes (${sum(first.files, 'gzip') - sum(b.files, 'gzip')} gzip)`);
  }
}

/**
 * Serves `origin` gzip-compressed, as a static host does: Lighthouse's
 * simulated mobile network would otherwise time uncompressed files.
 */
async function compressingProxy(origin: string): Promise<{ origin: string; close(): void }> {
  const proxy = createServer(async (req, res) => {
    const upstream = await fetch(origin + (req.url ?? '/'), { redirect: 'manual' });
    const body = Buffer.from(await upstream.arrayBuffer());
    const type = upstream.headers.get('content-type') ?? '';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
    const location = upstream.headers.get('location');
    if (location) headers['location'] = location;
    if (/text|javascript|json|svg|xml/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(upstream.status, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
    } else {
      res.writeHead(upstream.status, headers).end(body);
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, close: () => proxy.close() };
}

if (process.argv.includes('--lighthouse')) {
  const proxy = await compressingProxy(server.origin);
  const runs = 3;
  console.log(`\nLighthouse 12, mobile, performance; median of ${runs} runs, served gzip-compressed:`);
  const runsOf = [
    ...[PAGES[0], PAGES[1], PAGES[2]].map((p) => ({ label: p.label, path: p.path, flags: [] as string[] })),
    // The control: the same page with its chart's loader blocked, i.e. that page without the chart.
    { label: 'that page, chart blocked (control)', path: PAGES[2].path, flags: ['--blocked-url-patterns=*BarChart.astro*'] },
  ];
  for (const p of runsOf) {
    const scores: Array<{ score: number; line: string }> = [];
    for (let i = 0; i < runs; i++) {
      // Asynchronously: a synchronous child process would stall this process's servers.
      const { stdout } = await execFileAsync(
        join(root, 'node_modules/.bin/lighthouse'),
        [proxy.origin + p.path, ...p.flags, '--only-categories=performance', '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
        { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(stdout) as { categories: { performance: { score: number } }; audits: Record<string, { displayValue?: string }> };
      const audit = (id: string) => report.audits[id]?.displayValue ?? '?';
      const score = Math.round(report.categories.performance.score * 100);
      scores.push({ score, line: `${score} (FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')})` });
    }
    scores.sort((a, b) => a.score - b.score);
    console.log(`  ${p.label.padEnd(32)} ${p.path.padEnd(24)} ${scores[Math.floor(runs / 2)]!.line}; all runs: ${scores.map((s) => s.score).join(', ')}`);
  }
  proxy.close();
}
await server.close();
