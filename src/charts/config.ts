/**
 * The chart.js configuration for a spec, in a theme: pure (chart.js is only
 * imported for its types), so unit tests reach it without a browser.
 *
 * Bars are horizontal: long driver names read on a phone, and bars of the
 * same value line up. Every bar is labelled with its number at its end, and
 * a cell without a number is labelled in words ("not reported", "-"), so the
 * chart needs no tooltip and never shows a blank cell as a zero. Legend and
 * tooltip plugins are not loaded: the legend is HTML beside the canvas.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
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

/** Font size (px) of bar labels: smaller where several bars share a category. */
export const labelSize = (spec: Pick<ChartSpec, 'series' | 'stacked'>) => (spec.series.length > 1 && !spec.stacked ? 10 : 12);

/** A stacked bar's total: the sum of the category's numbers, or null if none of its cells has one. */
export function stackTotal(spec: ChartSpec, category: number): number | null {
  const values = spec.series.map((s) => s.cells[category]?.value).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/**
 * Draws each cell's text at the end of its bar (at the axis for a cell
 * without a number); a stacked chart gets one label per category instead,
 * its total at the end of the stack (segments are too short to label).
 */
export function barLabels(spec: ChartSpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const x = chart.scales['x'];
      if (!x) return;
      const { ctx } = chart;
      const size = labelSize(spec);
      if (spec.stacked) {
        const y = chart.scales['y'];
        if (!y) return;
        ctx.save();
        ctx.textBaseline = 'middle';
        ctx.textAlign = 'left';
        ctx.font = `${size}px ${theme.font}`;
        ctx.fillStyle = theme.text;
        spec.categories.forEach((_, j) => {
          const total = stackTotal(spec, j);
          ctx.fillText(total === null ? '' : String(total), x.getPixelForValue(total ?? 0) + 4, y.getPixelForValue(j));
        });
        ctx.restore();
        return;
      }
      const styles = {
        number: { font: `${size}px ${theme.font}`, colour: theme.text },
        words: { font: `italic ${size}px ${theme.font}`, colour: theme.muted },
      };
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      let current: (typeof styles)[keyof typeof styles] | undefined;
      spec.series.forEach((series, i) => {
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const cell = series.cells[j];
          if (!cell) return;
          const style = cell.value === null ? styles.words : styles.number;
          // Setting ctx.font makes the canvas parse and match the font again: only when it changes.
          if (style !== current) {
            ctx.font = style.font;
            ctx.fillStyle = style.colour;
            current = style;
          }
          const { y } = bar.getProps(['y'], true) as { y: number };
          ctx.fillText(cell.text, x.getPixelForValue(cell.value ?? 0) + 4, y);
        });
      });
      ctx.restore();
    },
  };
}

export function chartConfig(spec: ChartSpec, theme: ChartTheme): BarConfig {
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
        categoryPercentage: grouped ? 0.85 : 0.7,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Drawn once, at once: no animation to wait for, no hover to track.
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
          ticks: { autoSkip: false, color: theme.text, font },
          grid: { display: false },
          border: { color: theme.grid },
        },
      },
    },
    plugins: [barLabels(spec, theme)],
  };
}
