/**
 * Draws a chart in the worker (chart-worker.ts) where the browser can hand a
 * canvas to one (OffscreenCanvas); elsewhere, on the main thread (draw.ts).
 * Imported by lazy.ts only when a chart is about to be seen.
 *
 * The canvas goes into the chart's reserved box over the placeholder, which
 * is taken away once the worker reports the chart drawn: the box is never
 * blank and never changes size.
 */
import type { CanvasSize, FromWorker, ToWorker } from './chart-worker.ts';
import { chartFigure } from './figure.ts';
import { renderOverlay } from './overlay.ts';
import type { ChartSpec } from './spec.ts';
import { onThemeChange, readTheme } from './theme.ts';

const supported = typeof OffscreenCanvas !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;

let worker: Worker | undefined;
const figures = new Map<number, { figure: HTMLElement; box: HTMLElement; spec: ChartSpec }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker, transfer: Transferable[] = []) => started.postMessage(message, transfer);
  started.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    const drawing = figures.get(data.id);
    if (!drawing) return;
    const { figure, box, spec } = drawing;
    if (data.type === 'layout') {
      renderOverlay(box, spec, data.layout);
    } else if (data.type === 'drawn') {
      figure.querySelector('.chart-placeholder')?.remove();
      figure.dataset['drawn'] = 'true';
    } else {
      figure.dataset['chartError'] = 'true';
      console.error(`Chart could not be drawn: ${data.message}`);
    }
  };
  onThemeChange(() => {
    const first = figures.values().next().value;
    if (first) send({ type: 'theme', theme: readTheme(first.figure) });
  });
  return started;
}

const sizeOf = (box: Element): CanvasSize => ({ width: box.clientWidth, height: box.clientHeight, dpr: devicePixelRatio });

export async function drawChart(figure: HTMLElement): Promise<void> {
  if (!supported) {
    const { drawChart: drawOnMainThread } = await import('./draw.ts');
    drawOnMainThread(figure);
    return;
  }
  const { spec, box, canvas } = chartFigure(figure);
  box.append(canvas);

  worker ??= startWorker();
  const id = figures.size;
  figures.set(id, { figure, box, spec });
  const offscreen = canvas.transferControlToOffscreen();
  const message: ToWorker = { type: 'draw', id, canvas: offscreen, spec, theme: readTheme(figure), size: sizeOf(box) };
  worker.postMessage(message, [offscreen]);

  let last = sizeOf(box);
  new ResizeObserver(() => {
    const size = sizeOf(box);
    if (size.width === last.width && size.height === last.height && size.dpr === last.dpr) return;
    last = size;
    worker?.postMessage({ type: 'resize', id, size } satisfies ToWorker);
  }).observe(box);
}
