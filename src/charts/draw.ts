/**
 * Draws charts in the browser. This module and the parts of chart.js it
 * registers form the one chunk that lazy.ts imports when a chart comes near
 * the viewport; no page fetches it before then.
 *
 * chart.js is imported per piece (https://www.chartjs.org/docs/latest/getting-started/integration.html#bundlers-webpack-rollup-etc):
 * horizontal bars need only the bar controller and element and the category
 * and linear scales. No legend or tooltip plugin: the legend is HTML and
 * every bar carries its own label (config.ts).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { chartConfig, type ChartTheme } from './config.ts';
import type { ChartSpec } from './spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

interface Drawn {
  spec: ChartSpec;
  canvas: HTMLCanvasElement;
  chart: Chart<'bar', Array<number | null>, string[]>;
}
const drawn = new Map<HTMLElement, Drawn>();

/** The page's theme, from Starlight's custom properties on <html> (data-theme="light" | "dark"). */
function readTheme(figure: HTMLElement): ChartTheme {
  const root = document.documentElement;
  const css = getComputedStyle(root);
  const value = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: value('--sl-color-text') || '#333',
    muted: value('--sl-color-gray-3') || '#666',
    grid: value('--sl-color-hairline-light') || '#ccc',
    outline: root.dataset['theme'] === 'dark' ? null : 'rgba(0, 0, 0, 0.55)',
    font: getComputedStyle(figure).fontFamily,
  };
}

function render(figure: HTMLElement, entry: Omit<Drawn, 'chart'>): Drawn {
  const chart = new Chart(entry.canvas, chartConfig(entry.spec, readTheme(figure)));
  return { ...entry, chart };
}

/** Re-draws every chart in the new colours when the reader switches between light and dark. */
let watchingTheme = false;
function watchTheme(): void {
  if (watchingTheme) return;
  watchingTheme = true;
  new MutationObserver(() => {
    for (const [figure, entry] of drawn) {
      entry.chart.destroy();
      drawn.set(figure, render(figure, entry));
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

/**
 * Draws the chart of a `<figure data-chart="{spec}">` (BarChart.astro) in
 * place of its placeholder, in the box reserved for it, so nothing moves.
 */
export function drawChart(figure: HTMLElement): void {
  if (drawn.has(figure)) return;
  const box = figure.querySelector<HTMLElement>('.chart-box');
  const json = figure.dataset['chart'];
  if (!box || !json) throw new Error('drawChart: expected a figure with data-chart and a .chart-box');
  const spec = JSON.parse(json) as ChartSpec;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', spec.alt);
  canvas.textContent = spec.alt;
  // chart.js sizes the canvas to its container, which must hold nothing else.
  box.replaceChildren(canvas);
  drawn.set(figure, render(figure, { spec, canvas }));
  figure.dataset['drawn'] = 'true';
  watchTheme();
}
