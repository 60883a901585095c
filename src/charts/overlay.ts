/**
 * The HTML a reader can point at, tab to and follow, laid over a drawn chart
 * (the canvas holds only bars, grid and value axis; a canvas drawn in a
 * worker has no events and no text):
 *
 * - each category's label, as a link to its page (or, for a category
 *   without one, a button), at the place chart.js made room for it;
 * - each bar's value label, the cell as printed (hidden from screen
 *   readers: the canvas's text alternative and the table say it already);
 * - a hover target over each bar;
 * - one tooltip: the values of a category when its label is hovered or
 *   focused, the value of a bar when the bar or its label is hovered or
 *   tapped. Escape, moving away or a tap elsewhere closes it; it never takes
 *   focus.
 *
 * Rebuilt from the layout (layout.ts) after every draw: first draw, resize,
 * theme. Positions are set through the CSSOM, which the Content Security
 * Policy allows (a style attribute in the markup it would not).
 */
import { categoryValues, labelSize, valueText, type ChartLayout } from './layout.ts';
import type { ChartSpec } from './spec.ts';

let tooltips = 0;
let open: { tip: HTMLElement; owner: HTMLElement } | undefined;

function close(): void {
  if (!open) return;
  open.tip.hidden = true;
  open = undefined;
}

// One listener for every chart of the page: Escape closes whichever tooltip is open …
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});
// … and so does a tap or click anywhere but on what opened it (a touch opens it with a tap and has no "leave").
addEventListener('pointerdown', (event) => {
  if (open && !(event.target instanceof Node && open.owner.contains(event.target))) close();
});

const px = (n: number) => `${n}px`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Fills the tooltip and places it beside the category's band, inside the box (which clips what overflows it). */
function show(
  tip: HTMLElement,
  owner: HTMLElement,
  box: HTMLElement,
  name: string,
  lines: Array<{ label: string; text: string }>,
  band: ChartLayout['categories'][number],
) {
  tip.replaceChildren(element('strong', 'chart-tip-name', name), ...lines.map((l) => element('span', 'chart-tip-line', `${l.label}: ${l.text}`)));
  tip.hidden = false;
  open = { tip, owner };
  const below = band.bottom + 2;
  const top = below + tip.offsetHeight <= box.clientHeight ? below : Math.max(0, band.top - 2 - tip.offsetHeight);
  tip.style.top = px(top);
  tip.style.left = px(Math.max(0, Math.min(band.right + 8, box.clientWidth - tip.offsetWidth)));
}

/** Lays the chart's HTML over its canvas in `box`, replacing what an earlier draw laid. */
export function renderOverlay(box: HTMLElement, spec: ChartSpec, layout: ChartLayout): void {
  const previous = box.querySelector('.chart-overlay');
  const focused = previous?.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['category'] : undefined;
  if (open && previous?.contains(open.tip)) close();

  const overlay = element('div', labelSize(spec) < 12 ? 'chart-overlay chart-overlay-small' : 'chart-overlay');
  const tip = element('div', 'chart-tip');
  tip.setAttribute('role', 'tooltip');
  tip.id = `chart-tip-${++tooltips}`;
  tip.hidden = true;
  const hideFrom = (owner: HTMLElement) => (event: Event) => {
    // A finger lifted is not a pointer that left: the tooltip stays until the next tap elsewhere.
    if (event instanceof PointerEvent && event.pointerType === 'touch') return;
    if (open?.owner === owner) close();
  };

  const labels = spec.categories.map((category, j) => {
    const band = layout.categories[j];
    if (!band) return undefined;
    const label = category.href ? element('a', 'chart-category') : element('button', 'chart-category');
    if (label instanceof HTMLAnchorElement) label.href = category.href!;
    else label.type = 'button';
    label.dataset['category'] = String(j);
    label.append(...category.lines.map((line) => element('span', 'chart-category-line', line)));
    label.setAttribute('aria-describedby', tip.id);
    label.style.right = px(box.clientWidth - band.right);
    label.style.top = px(band.centre);
    const showValues = () => show(tip, label, box, category.name, categoryValues(spec, j), band);
    label.addEventListener('focus', showValues);
    label.addEventListener('pointerenter', showValues);
    label.addEventListener('blur', hideFrom(label));
    label.addEventListener('pointerleave', hideFrom(label));
    return label;
  });

  // One hover target per bar, and its value label: both show that bar's value.
  const hoverBar = (target: HTMLElement, series: number | null, category: number) => {
    const band = layout.categories[category];
    const name = spec.categories[category]?.name;
    if (!band || name === undefined) return;
    const lines = series === null ? categoryValues(spec, category) : categoryValues(spec, category).slice(series, series + 1);
    target.dataset['category'] = String(category);
    if (series !== null) target.dataset['series'] = String(series);
    target.setAttribute('aria-hidden', 'true');
    target.addEventListener('pointerenter', () => show(tip, target, box, name, lines, band));
    target.addEventListener('pointerleave', hideFrom(target));
  };
  const bars = layout.bars.map(({ series, category, box: b }) => {
    const bar = element('span', 'chart-bar');
    bar.style.left = px(b.left);
    bar.style.top = px(b.top);
    bar.style.width = px(b.width);
    bar.style.height = px(b.height);
    hoverBar(bar, series, category);
    return bar;
  });
  const values = layout.values.map((v) => {
    const cell = v.series === null ? undefined : spec.series[v.series]?.cells[v.category];
    const value = element('span', cell && cell.value === null ? 'chart-value chart-value-words' : 'chart-value', valueText(spec, v));
    value.style.left = px(v.x);
    value.style.top = px(v.y);
    hoverBar(value, v.series, v.category);
    return value;
  });

  overlay.append(...bars, ...values, ...labels.filter((l): l is HTMLAnchorElement | HTMLButtonElement => l !== undefined), tip);
  if (previous) previous.replaceWith(overlay);
  else box.append(overlay);
  if (focused !== undefined) overlay.querySelector<HTMLElement>(`.chart-category[data-category="${focused}"]`)?.focus({ preventScroll: true });
}
