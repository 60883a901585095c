/**
 * What both ways of drawing (offscreen.ts in a worker, draw.ts on the main
 * thread) read from a chart's `<figure data-chart="{spec}">` (BarChart.astro):
 * its spec, its reserved box, and a new canvas that carries the spec's text
 * alternative. The caller puts the canvas in the box as its drawing needs.
 */
import type { ChartSpec } from './spec.ts';

export function chartFigure(figure: HTMLElement): { spec: ChartSpec; box: HTMLElement; canvas: HTMLCanvasElement } {
  const box = figure.querySelector<HTMLElement>('.chart-box');
  const json = figure.dataset['chart'];
  if (!box || !json) throw new Error('drawChart: expected a figure with data-chart and a .chart-box');
  const spec = JSON.parse(json) as ChartSpec;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', spec.alt);
  canvas.textContent = spec.alt;
  return { spec, box, canvas };
}
