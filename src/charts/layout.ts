/**
 * The geometry of a drawn chart: the two sizes each chart is drawn at, its
 * height from its spec, and where chart.js put each category, bar and value
 * label (read from the drawn chart, draw.ts). The SVG (svg.ts) places the
 * category links, value labels, hover targets and tips from it; the overlap
 * check (overlappingPairs) runs on it at build time and in the browser tests.
 *
 * Pure (chart.js only for its types), so unit tests reach it without a canvas.
 */
import type { Chart } from 'chart.js';
import { stackTotal, type ChartSpec } from './spec.ts';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The two drawings of every chart, switched by CSS on the width the figure
 * has (BarChart.astro): a phone's column (about 360 px) and a desktop's
 * (Starlight's content column). Each scales a little to fit its column.
 */
export const CHART_WIDTHS = { narrow: 360, wide: 680 } as const;
export type ChartWidth = keyof typeof CHART_WIDTHS;

/** Font size (px) of the chart's text: tick labels, axis title, category labels, tips. */
export const FONT_SIZE = 12;

/** The line height of chart text, as a multiple of the font size (chart.js's default). */
export const LINE_HEIGHT = 1.2;

/** Share of a category's band its bars take when several stand side by side (chart.js's categoryPercentage, config.ts). */
export const GROUPED_BAND = 0.85;

/** Room between a bar's end and its value label (px). */
export const VALUE_GAP = 4;

/** Font size (px) of value labels: smaller where several bars share a category. */
export const labelSize = (spec: Pick<ChartSpec, 'series' | 'stacked'>) => (spec.series.length > 1 && !spec.stacked ? 10 : FONT_SIZE);

const REM = 16;

/**
 * The drawing's height (px), the same at both widths: each category needs
 * room for its bars and a gap, or for its label's lines, whichever is more;
 * then the axis below. Bars side by side each get at least a value label's
 * line (plus a pixel), so the labels of neighbouring bars ("22" over "22",
 * "blank" over "blank") never overlap.
 */
export function chartHeight(spec: Pick<ChartSpec, 'categories' | 'series' | 'stacked'>): number {
  const barsPerCategory = spec.stacked ? 1 : spec.series.length;
  const bar = barsPerCategory > 1 ? 0.6 : 1.25;
  const bars = barsPerCategory * bar + 0.75;
  const labelRows = barsPerCategory > 1 ? (barsPerCategory * (Math.ceil(labelSize(spec) * LINE_HEIGHT) + 1)) / GROUPED_BAND / REM : 0;
  const wanted = spec.categories.reduce((sum, c) => sum + Math.max(bars, labelRows, c.lines.length * 0.95 + 0.5), 0) + 3.5;
  return Math.ceil(wanted * REM);
}

export interface ChartLayout {
  /** The plot area: bars start at its left (the value axis's 0). */
  plot: Box;
  /** Per category, in spec order: its band (top to bottom) and centre. (Its label's lines are placed by chart.js: draw.ts.) */
  categories: Array<{ centre: number; top: number; bottom: number }>;
  /** Per drawn bar (a stacked chart: per segment): its series, its category and its rectangle. */
  bars: Array<{ series: number; category: number; box: Box }>;
  /** Per value label: its series (null for a stacked chart's total), its category, where its text starts and its vertical centre. */
  values: Array<{ series: number | null; category: number; x: number; y: number }>;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Reads the layout of a drawn horizontal bar chart. */
export function chartLayout(chart: Chart<'bar'>, spec: ChartSpec): ChartLayout {
  const x = chart.scales['x'];
  const y = chart.scales['y'];
  if (!x || !y) throw new Error(`Chart "${spec.caption}": chart.js drew no x and y scales`);
  const area = chart.chartArea;
  const plot = { left: round(area.left), top: round(area.top), width: round(area.right - area.left), height: round(area.bottom - area.top) };
  const band = spec.categories.length > 0 ? (y.bottom - y.top) / spec.categories.length : 0;
  const categories = spec.categories.map((_, j) => {
    const centre = y.getPixelForValue(j);
    return { centre: round(centre), top: round(centre - band / 2), bottom: round(centre + band / 2) };
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
      } = element.getProps(['x', 'y', 'base', 'height'], true) as { x: number; y: number; base: number; height: number };
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
  return { plot, categories, bars, values };
}

/** The text of a value label: the cell as printed, or a stacked chart's total. */
export function valueText(spec: ChartSpec, value: ChartLayout['values'][number]): string {
  if (value.series === null) return String(stackTotal(spec, value.category) ?? '');
  return spec.series[value.series]?.cells[value.category]?.text ?? '';
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

/** Whether `inner` lies within `outer` (edges included). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.top >= outer.top &&
    inner.left + inner.width <= outer.left + outer.width &&
    inner.top + inner.height <= outer.top + outer.height
  );
}
