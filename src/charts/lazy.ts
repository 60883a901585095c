/**
 * The only chart code a page fetches when it loads (BarChart.astro's script).
 * It imports the drawing code (draw.ts with chart.js) only for a chart the
 * reader is about to see:
 *
 * - before the reader scrolls, only a chart already in the viewport loads;
 *   a page whose charts are all further down fetches no chart code at all;
 * - once the reader scrolls, a chart starts loading when it comes within half
 *   a screen of the viewport, so it is drawn by the time it is in view.
 *
 * Until then, and if loading fails, the chart's box shows its placeholder
 * (the chart's finding in words) and the table of numbers stays below it.
 * The drawing itself happens in a worker where the browser allows (offscreen.ts).
 */

/** How far ahead of the viewport a chart starts loading once the reader scrolls. */
export const PRELOAD_MARGIN = '50% 0px';

export function observeCharts(): void {
  const pending = new Set(document.querySelectorAll<HTMLElement>('figure[data-chart]'));
  if (pending.size === 0) return;

  // A chart on the first screen waits until the page has loaded and painted a
  // frame: its fetches must not compete with the page's own first paint.
  const painted = new Promise<void>((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve));
    if (document.readyState === 'complete') afterFrame();
    else addEventListener('load', afterFrame, { once: true });
  });
  const draw = (figure: HTMLElement) => {
    if (!pending.delete(figure)) return;
    painted
      .then(() => import('./offscreen.ts'))
      .then(({ drawChart }) => drawChart(figure))
      .catch((error: unknown) => {
        figure.dataset['chartError'] = 'true';
        console.error('Chart could not be drawn:', error);
      });
  };
  const watch = (rootMargin: string) => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          draw(entry.target as HTMLElement);
        }
      },
      { rootMargin },
    );
    pending.forEach((figure) => observer.observe(figure));
  };

  watch('0px');
  addEventListener('scroll', () => watch(PRELOAD_MARGIN), { once: true, passive: true });
}
