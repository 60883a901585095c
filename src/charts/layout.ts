/**
 * Where chart.js put things, in CSS pixels of the chart's box: each
 * category's label column, each bar, and where each bar's value label goes.
 * The drawing code (in the worker or on the main thread) reads it from the
 * drawn chart and hands it to overlay.ts, which places the HTML over the
 * canvas: the category labels as links, the value labels, the hover targets
 * and the tooltip. A canvas drawn in a worker has no events and no text a
 * reader can reach; the HTML over it has both.
 *
 * Pure (chart.js only for its types), so unit tests reach it without a browser.
 */
import type { Chart } from 'chart.js';
import type { ChartCell, ChartSpec } from './spec.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  /** Per category, in spec order: the label's column (right-aligned at its right edge, centred on `centre`). */
  categories: Array<{ right: number; centre: number; top: number; bottom: number }>;
  /** Per drawn bar (a stacked chart: per segment): its series, its category and its rectangle. */
  bars: Array<{ series: number; category: number; box: Box }>;
  /**
   * Per value label: its series (null for a stacked chart's total), its
   * category, where its text starts and its vertical centre.
   */
  values: Array<{ series: number | null; category: number; x: number; y: number }>;
}

/** Room between a bar's end and its value label (px). */
export const VALUE_GAP = 4;

/** The line height of chart text, as a multiple of the font size (chart.js's default, and the overlay's CSS). */
export const LINE_HEIGHT = 1.2;

/** Share of a category's band its bars take when several stand side by side (chart.js's categoryPercentage, config.ts). */
export const GROUPED_BAND = 0.85;

/** Font size (px) of value labels: smaller where several bars share a category. */
export const labelSize = (spec: Pick<ChartSpec, 'series' | 'stacked'>) => (spec.series.length > 1 && !spec.stacked ? 10 : 12);

/** A stacked bar's total: the sum of the category's numbers, or null if none of its cells has one. */
export function stackTotal(spec: Pick<ChartSpec, 'series'>, category: number): number | null {
  const values = spec.series.map((s) => s.cells[category]?.value).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** The text of a value label: the cell as printed, or a stacked chart's total. */
export function valueText(spec: ChartSpec, value: ChartLayout['values'][number]): string {
  if (value.series === null) return String(stackTotal(spec, value.category) ?? '');
  return spec.series[value.series]?.cells[value.category]?.text ?? '';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Reads the layout of a drawn horizontal bar chart. */
export function chartLayout(chart: Chart<'bar'>, spec: ChartSpec): ChartLayout {
  const x = chart.scales['x'];
  const y = chart.scales['y'];
  if (!x || !y) return { categories: [], bars: [], values: [] };
  // The category scale's tick padding (chart.js's default 3): its types give scales only their common options.
  const padding = (y.options as { ticks?: { padding?: number } }).ticks?.padding ?? 3;
  const band = spec.categories.length > 0 ? (y.bottom - y.top) / spec.categories.length : 0;
  const categories = spec.categories.map((_, j) => {
    const centre = y.getPixelForValue(j);
    return { right: round(y.right - padding), centre: round(centre), top: round(centre - band / 2), bottom: round(centre + band / 2) };
  });
  const bars: ChartLayout['bars'] = [];
  const values: ChartLayout['values'] = [];
  spec.series.forEach((series, i) => {
    chart.getDatasetMeta(i).data.forEach((element, j) => {
      const {
        x: end,
        y: centre,
        base,
        height,
      } = element.getProps(['x', 'y', 'base', 'height'], true) as {
        x: number;
        y: number;
        base: number;
        height: number;
      };
      const start = Math.min(base, end);
      bars.push({
        series: i,
        category: j,
        box: { left: round(start), top: round(centre - height / 2), width: round(Math.abs(end - base)), height: round(height) },
      });
      if (!spec.stacked && series.cells[j])
        values.push({ series: i, category: j, x: round(x.getPixelForValue(series.cells[j].value ?? 0) + VALUE_GAP), y: round(centre) });
    });
  });
  if (spec.stacked) {
    spec.categories.forEach((_, j) => {
      const total = stackTotal(spec, j);
      if (total !== null) values.push({ series: null, category: j, x: round(x.getPixelForValue(total) + VALUE_GAP), y: round(y.getPixelForValue(j)) });
    });
  }
  return { categories, bars, values };
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The pairs of boxes that overlap, by index: what a chart's labels must never have. */
export function overlappingPairs(boxes: readonly Box[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) pairs.push([i, j]);
  return pairs;
}

/** A cell as the tooltip and the number table show it: as printed, with what Table 5 prints where that differs ("blank (Table 5 prints 0)"). */
export const cellWithNote = (cell: Pick<ChartCell, 'text' | 'note'> | undefined): string =>
  cell ? (cell.note ? `${cell.text} (${cell.note})` : cell.text) : '';

/** The lines a tooltip shows for a category: each series's cell as printed, with what Table 5 prints where it differs (and a stacked chart's total). */
export function categoryValues(spec: ChartSpec, category: number): Array<{ label: string; text: string }> {
  const lines = spec.series.map((s) => ({ label: s.label, text: cellWithNote(s.cells[category]) }));
  if (spec.stacked) lines.push({ label: 'Total', text: String(stackTotal(spec, category) ?? '') });
  return lines;
}
