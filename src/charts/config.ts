/**
 * The chart.js configuration for a spec, in a theme: pure (chart.js is only
 * imported for its types), so unit tests reach it without a browser.
 *
 * Bars are horizontal: long driver names read on a phone, and bars of the
 * same value line up. The canvas holds only bars, grid and value axis: the
 * category labels (links), each bar's value label (the cell as printed, so a
 * blank cell says "blank", never 0) and the tooltip are HTML placed over it
 * by overlay.ts from the layout this configuration reports. Legend and
 * tooltip plugins are not loaded: the legend is HTML beside the canvas.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { GROUPED_BAND, chartLayout, type ChartLayout } from './layout.ts';
import type { ChartSpec } from './spec.ts';

export interface ChartTheme {
  /** Labels and numbers. */
  text: string;
  /** Cells without a number, axis title. */
  muted: string;
  /** Grid lines. */
  grid: string;
  /** Outline around bars (the light theme: pale bars need an edge against white), or null. */
  outline: string | null;
  /** Font family of the page. */
  font: string;
}

export type BarConfig = ChartConfiguration<'bar', Array<number | null>, string[]>;

/** Called with the chart's layout after every draw (first draw, resize, theme). */
export type OnLayout = (layout: ChartLayout) => void;

/**
 * Reports where chart.js put the categories, bars and value labels after each
 * draw, so that overlay.ts can place the chart's text, links and hover
 * targets as HTML over the canvas. Reports only a layout that changed.
 */
export function layoutReporter(spec: ChartSpec, onLayout: OnLayout): Plugin<'bar'> {
  let last = '';
  return {
    id: 'chartLayout',
    afterDraw(chart: Chart<'bar'>) {
      const layout = chartLayout(chart, spec);
      const json = JSON.stringify(layout);
      if (json === last) return;
      last = json;
      onLayout(layout);
    },
  };
}

export function chartConfig(spec: ChartSpec, theme: ChartTheme, onLayout: OnLayout = () => {}): BarConfig {
  const grouped = spec.series.length > 1 && !spec.stacked;
  const stacked = spec.stacked ?? false;
  const font = { family: theme.font, size: 12 };
  return {
    type: 'bar',
    data: {
      labels: spec.categories.map((c) => c.lines),
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.cells.map((c) => c.value),
        backgroundColor: s.cells.map((c) => c.colour),
        borderColor: theme.outline ?? 'transparent',
        borderWidth: theme.outline ? 1 : 0,
        barPercentage: 0.9,
        categoryPercentage: grouped ? GROUPED_BAND : 0.7,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Drawn once, at once: no animation to wait for. Hover and focus are the HTML overlay's (overlay.ts).
      animation: false,
      events: [],
      // Room at the right for the label of a full-length bar ("22").
      layout: { padding: { right: 28 } },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: spec.axis.max,
          stacked,
          // Whole numbers, formatted here: chart.js's own formatter builds an Intl.NumberFormat,
          // whose first use costs more than drawing the chart.
          ticks: { stepSize: spec.axis.step ?? (spec.axis.max > 12 ? 2 : 1), maxRotation: 0, color: theme.text, font, callback: (value) => String(value) },
          grid: { color: theme.grid },
          border: { color: theme.grid },
          title: { display: true, text: spec.axis.title, color: theme.muted, font },
        },
        y: {
          type: 'category',
          stacked,
          // chart.js lays the labels out (and makes room for them); overlay.ts writes them, as links, in HTML.
          ticks: { autoSkip: false, color: 'transparent', font },
          grid: { display: false },
          border: { color: theme.grid },
        },
      },
    },
    plugins: [layoutReporter(spec, onLayout)],
  };
}
