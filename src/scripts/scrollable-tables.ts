/**
 * Tables wider than the screen scroll sideways inside their `.thesis-table`
 * box. A keyboard user can only scroll a box that can take focus, and a
 * screen-reader user should hear what the focused box is. So, while a box
 * actually overflows, it becomes a focusable region named by its table's
 * caption (WCAG 2.1.1; axe: scrollable-region-focusable); when it fits
 * again, it goes back to a plain box, so wide screens get no extra tab stops.
 * The pattern: https://inclusive-components.design/data-tables/
 *
 * Loaded on every page by src/integrations/scrollable-tables.ts.
 */
const SELECTOR = '.thesis-table';
let captionIds = 0;

/** Make `box` a named, focusable region while `overflows`; undo it otherwise. */
export function markScrollable(box: HTMLElement, overflows: boolean): void {
  if (!overflows) {
    if (box.dataset['scrollRegion'] !== undefined) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-labelledby');
      box.removeAttribute('aria-label');
      delete box.dataset['scrollRegion'];
    }
    return;
  }
  if (box.dataset['scrollRegion'] !== undefined) return;
  box.dataset['scrollRegion'] = '';
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  const caption = box.querySelector('caption');
  if (caption && caption.textContent?.trim()) {
    caption.id ||= `scrollable-table-caption-${++captionIds}`;
    box.setAttribute('aria-labelledby', caption.id);
  } else {
    box.setAttribute('aria-label', 'Table (scrolls sideways)');
  }
}

const check = (box: HTMLElement) => markScrollable(box, box.scrollWidth > box.clientWidth + 1);

const boxes = [...document.querySelectorAll<HTMLElement>(SELECTOR)];
if (boxes.length > 0) {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) check(entry.target as HTMLElement);
  });
  for (const box of boxes) {
    check(box);
    observer.observe(box);
  }
}
