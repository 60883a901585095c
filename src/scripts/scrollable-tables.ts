/**
 * Tables wider than their column scroll sideways inside their `.thesis-table`
 * box (where they can, wide tables take the margin's width instead: site.css).
 * While a box actually overflows:
 *
 * - it is a focusable region named by its table's caption, so that a keyboard
 *   user can scroll it and a screen-reader user hears what it is (WCAG 2.1.1;
 *   axe: scrollable-region-focusable); the pattern:
 *   https://inclusive-components.design/data-tables/
 * - its columns up to the first that names the row (Table 5's "No" and
 *   "Drivers", a matrix's "Driver") stay in view while the rest scrolls;
 * - it says which way there is more: `data-more` is "right", "left" or
 *   "both", and site.css fades that edge.
 *
 * When it fits again it goes back to a plain box, so wide screens get no extra
 * tab stops. Nothing here changes the size of anything: no layout shift.
 *
 * Loaded on every page by src/integrations/scrollable-tables.ts.
 */
import { labelColumns, moreTowards } from './table-scroll.ts';

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

/** Keeps the label columns of an overflowing table in view (position: sticky in site.css), or lets them go. */
function stickLabels(table: HTMLTableElement, overflows: boolean): void {
  for (const cell of table.querySelectorAll<HTMLElement>('[data-sticky]')) {
    delete cell.dataset['sticky'];
    cell.style.removeProperty('--sticky-left');
  }
  const body = [...table.tBodies].flatMap((b) => [...b.rows]).filter((r) => !r.cells[0]?.hasAttribute('colspan'));
  const first = body[0];
  if (!overflows || !first) return;
  const count = labelColumns(body.map((r) => [...r.cells].map((c) => c.textContent ?? '')));
  // Where each sticking column starts, from the first body row (rowspans in the head do not shift it).
  const lefts = [...first.cells].slice(0, count).map((c) => c.offsetLeft - first.cells[0]!.offsetLeft);
  const stick = (cell: HTMLElement, i: number) => {
    cell.dataset['sticky'] = i === count - 1 ? 'last' : '';
    cell.style.setProperty('--sticky-left', `${lefts[i]}px`);
  };
  for (const row of body) [...row.cells].slice(0, count).forEach(stick);
  // The head: the cells of its first row that start within the sticking columns.
  const head = table.tHead?.rows[0];
  if (head) {
    let column = 0;
    for (const cell of head.cells) {
      if (column >= count) break;
      stick(cell, column);
      column += cell.colSpan;
    }
  }
}

const showMore = (box: HTMLElement) => {
  const more = moreTowards(box.scrollLeft, box.scrollWidth - box.clientWidth);
  if (more) box.dataset['more'] = more;
  else delete box.dataset['more'];
};

const check = (box: HTMLElement) => {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  markScrollable(box, overflows);
  const table = box.querySelector('table');
  if (table) stickLabels(table, overflows);
  showMore(box);
};

const boxes = [...document.querySelectorAll<HTMLElement>(SELECTOR)];
if (boxes.length > 0) {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) check(entry.target as HTMLElement);
  });
  for (const box of boxes) {
    check(box);
    observer.observe(box);
    box.addEventListener('scroll', () => showMore(box), { passive: true });
  }
}
