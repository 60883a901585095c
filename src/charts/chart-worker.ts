/**
 * Draws charts off the main thread: the page hands each chart's canvas to
 * this worker (OffscreenCanvas), so building and drawing a chart with
 * chart.js never blocks reading, scrolling or typing (and never counts as
 * blocking time). chart.js supports this: https://www.chartjs.org/docs/latest/general/performance.html#parallel-rendering-with-web-workers-chromium-only
 *
 * chart.js is imported per piece, as in draw.ts (the main-thread fallback).
 * The page tells the worker the canvas's size, its pixel ratio and the theme;
 * OffscreenCanvas has no events, so resizing and re-theming come as messages,
 * and the chart's layout goes back as one (the page lays its links, value
 * labels and hover targets over the canvas from it: overlay.ts).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { chartConfig, type ChartTheme } from './config.ts';
import type { ChartLayout } from './layout.ts';
import type { ChartSpec } from './spec.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** The canvas's size in CSS pixels and the device pixel ratio. */
export interface CanvasSize {
  width: number;
  height: number;
  dpr: number;
}

export type ToWorker =
  | { type: 'draw'; id: number; canvas: OffscreenCanvas; spec: ChartSpec; theme: ChartTheme; size: CanvasSize }
  | { type: 'resize'; id: number; size: CanvasSize }
  | { type: 'theme'; theme: ChartTheme };

/** `layout` after every draw whose layout changed (the page lays its HTML over the canvas from it), then `drawn` once. */
export type FromWorker = { type: 'layout'; id: number; layout: ChartLayout } | { type: 'drawn'; id: number } | { type: 'failed'; id: number; message: string };

interface Drawn {
  canvas: OffscreenCanvas;
  spec: ChartSpec;
  size: CanvasSize;
  chart: Chart<'bar', Array<number | null>, string[]>;
}
const charts = new Map<number, Drawn>();

// Typed locally: the project's TypeScript lib is the DOM's, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

function create(id: number, canvas: OffscreenCanvas, spec: ChartSpec, theme: ChartTheme, size: CanvasSize): Drawn['chart'] {
  const config = chartConfig(spec, theme, (layout) => scope.postMessage({ type: 'layout', id, layout }));
  // The worker has no window.devicePixelRatio; chart.js scales the canvas by this.
  config.options = { ...config.options, devicePixelRatio: size.dpr };
  // chart.js takes the size to draw at from the canvas itself (in CSS pixels) …
  canvas.width = size.width;
  canvas.height = size.height;
  // … and draws on an OffscreenCanvas as on a canvas element (its types only name the element).
  return new Chart(canvas as unknown as HTMLCanvasElement, config);
}

scope.onmessage = ({ data: message }) => {
  if (message.type === 'draw') {
    try {
      const { id, canvas, spec, theme, size } = message;
      charts.set(id, { canvas, spec, size, chart: create(id, canvas, spec, theme, size) });
      scope.postMessage({ type: 'drawn', id });
    } catch (error) {
      scope.postMessage({ type: 'failed', id: message.id, message: String(error) });
    }
  } else if (message.type === 'resize') {
    const drawn = charts.get(message.id);
    if (!drawn) return;
    drawn.size = message.size;
    drawn.chart.options.devicePixelRatio = message.size.dpr;
    drawn.chart.resize(message.size.width, message.size.height);
  } else {
    for (const [id, drawn] of charts) {
      drawn.chart.destroy();
      drawn.chart = create(id, drawn.canvas, drawn.spec, message.theme, drawn.size);
    }
  }
};
