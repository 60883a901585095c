/**
 * The chart.js configuration for a spec, drawn at build time (draw.ts):
 * horizontal bars, so long driver names read on a phone and bars of the same
 * value line up. Every colour is a placeholder (ink.ts) that the SVG turns
 * into a theme class; every bar has its own, so the SVG knows which bar is
 * which. chart.js lays out and places the category labels (the SVG writes
 * them as links), draws the grid, the value axis and the bars; value labels
 * and tips are the SVG's (svg.ts). No legend or tooltip plugin: the legend is
 * HTML beside the drawing.
 *
 * Pure but for chart.js's BasicPlatform (no DOM, no events, no animation).
 */
import { BasicPlatform, type ChartConfiguration } from 'chart.js';
import { INK, TEXT_INK, barInk } from './ink.ts';
import { FONT_SIZE, GROUPED_BAND } from './layout.ts';
import type { ChartSpec } from './spec.ts';

export type BarConfig = ChartConfiguration<'bar', Array<number | null>, string[]>;

/** Room (px) at the right of the plot for the value label of a full-length bar ("22"), and above it. */
export const PADDING = { right: 28, top: 4 } as const;

/** The number of bar `category` of series `series`: its placeholder colour is barInk(n). */
export const barNumber = (spec: Pick<ChartSpec, 'categories'>, series: number, category: number) => series * spec.categories.length + category;

/**
 * `fontFamily` is the font chart.js measures text with at build time; the
 * SVG's text is drawn in the page's font (svg.ts), so the measuring font is
 * chosen at least as wide as the fonts readers have (draw.ts).
 */
export function chartConfig(spec: ChartSpec, fontFamily: string): BarConfig {
  const grouped = spec.series.length > 1 && !spec.stacked;
  const stacked = spec.stacked ?? false;
  const font = { family: fontFamily, size: FONT_SIZE };
  for (const series of spec.series) {
    for (const [j, cell] of series.cells.entries()) {
      if (cell.value !== null && (cell.value < 0 || cell.value > spec.axis.max))
        throw new Error(
          `Chart "${spec.caption}": ${series.label}, ${spec.categories[j]?.name ?? `category ${j}`}: ${cell.value} is outside the axis (0 to ${spec.axis.max})`,
        );
    }
  }
  return {
    type: 'bar',
    platform: BasicPlatform,
    data: {
      labels: spec.categories.map((c) => c.lines),
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.cells.map((c) => c.value),
        backgroundColor: s.cells.map((_, j) => barInk(barNumber(spec, i, j))),
        borderColor: INK.outline,
        borderWidth: 1,
        barPercentage: 0.9,
        categoryPercentage: grouped ? GROUPED_BAND : 0.7,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
      animation: false,
      events: [],
      layout: { padding: PADDING },
      font,
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: spec.axis.max,
          stacked,
          // Whole numbers, formatted here rather than by chart.js's Intl.NumberFormat.
          ticks: { stepSize: spec.axis.step ?? (spec.axis.max > 12 ? 2 : 1), maxRotation: 0, color: TEXT_INK.tick, font, callback: (value) => String(value) },
          grid: { color: INK.grid },
          border: { color: INK.axis },
          title: { display: true, text: spec.axis.title, color: TEXT_INK.title, font },
        },
        y: {
          type: 'category',
          stacked,
          ticks: { autoSkip: false, color: TEXT_INK.category, font },
          grid: { display: false },
          border: { color: INK.axis },
        },
      },
    },
  };
}
