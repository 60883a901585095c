/**
 * The baselines the charts' lazy loading is measured against: the first-screen
 * chart page with its chart drawn by one eagerly loaded bundle of tree-shaken
 * chart.js, built here with Vite (as Astro builds the site):
 *
 * - `site`: the site's own main-thread drawing code (src/charts/draw.ts),
 *   drawing every chart on load;
 * - `plain`: a plain chart.js bar chart as its documentation sets one up, with
 *   the tooltip and legend plugins a chart.js chart usually registers.
 *
 * The browser measurement (browser.ts) serves the page's HTML with the lazy
 * loader's script tag swapped for the bundle (swapLoader).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the project (so the entry resolves chart.js from its node_modules), ignored by git. */
const TMP = join(root, 'bench', 'tmp');

export type Baseline = 'site' | 'plain';

const ENTRIES: Record<Baseline, string> = {
  site:
    `import { drawChart } from ${JSON.stringify(join(root, 'src/charts/draw.ts'))};\n` +
    `document.querySelectorAll('figure[data-chart]').forEach((f) => drawChart(f as HTMLElement));\n`,
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
};

/** One eagerly loaded, minified bundle of a baseline, built by Vite. */
export async function eagerBundle(baseline: Baseline): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'eager-'));
  try {
    const entry = join(dir, 'eager.ts');
    writeFileSync(entry, ENTRIES[baseline]);
    const result = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: entry } },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
    if (!chunk || chunk.type !== 'chunk') throw new Error(`bench: Vite built no entry chunk for the ${baseline} baseline`);
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the eager bundle is served from during the measurement. */
export const EAGER_PATH = '/_astro/eager-chart.js';

/**
 * The page's HTML with the charts' lazy loader (BarChart.astro's script)
 * replaced by the eager bundle. Throws if the page has no such loader: a
 * baseline that silently measured the lazy page would be no baseline.
 */
export function swapLoader(html: string): string {
  const loader = /<script type="module" src="\/_astro\/BarChart\.astro[^"]*"><\/script>/;
  if (!loader.test(html)) throw new Error('bench: no BarChart.astro loader script in the page to swap for the eager baseline');
  return html.replace(loader, `<script type="module" src="${EAGER_PATH}"></script>`);
}
