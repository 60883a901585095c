/**
 * Draws charts on the main thread: the fallback for browsers that cannot
 * hand a canvas to a worker (offscreen.ts decides). Like the worker, it
 * imports chart.js per piece (https://www.chartjs.org/docs/latest/getting-started/integration.html#bundlers-webpack-rollup-etc):
 * horizontal bars need only the bar controller and element and the category
 * and linear scales. No legend or tooltip plugin: the legend, the labels and
 * the tooltip are HTML (overlay.ts).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { chartConfig } from './config.ts';
import { chartFigure } from './figure.ts';
import { renderOverlay } from './overlay.ts';
import type { ChartSpec } from './spec.ts';
import { onThemeChange, readTheme } from './theme.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

interface Drawn {
  spec: ChartSpec;
  canvas: HTMLCanvasElement;
  box: HTMLElement;
  chart: Chart<'bar', Array<number | null>, string[]>;
}
const drawn = new Map<HTMLElement, Drawn>();

const render = (figure: HTMLElement, spec: ChartSpec, canvas: HTMLCanvasElement, box: HTMLElement): Drawn => ({
  spec,
  canvas,
  box,
  chart: new Chart(
    canvas,
    chartConfig(spec, readTheme(figure), (layout) => renderOverlay(box, spec, layout)),
  ),
});

let watchingTheme = false;

/** Draws the chart of a `<figure data-chart="{spec}">` (BarChart.astro) in place of its placeholder. */
export function drawChart(figure: HTMLElement): void {
  if (drawn.has(figure)) return;
  const { spec, box, canvas } = chartFigure(figure);
  // chart.js sizes the canvas to its container, which must hold nothing else in the flow (the overlay is absolutely placed).
  box.replaceChildren(canvas);
  drawn.set(figure, render(figure, spec, canvas, box));
  figure.dataset['drawn'] = 'true';
  if (!watchingTheme) {
    watchingTheme = true;
    onThemeChange(() => {
      for (const [f, entry] of drawn) {
        entry.chart.destroy();
        drawn.set(f, render(f, entry.spec, entry.canvas, entry.box));
      }
    });
  }
}
