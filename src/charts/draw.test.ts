/**
 * chart.js drawing on the real SVG canvas (@napi-rs/canvas), for charts of
 * the fixture: the bars are the cells' numbers, as long as the value axis
 * says; the text is read from chart.js, never drawn as glyphs.
 */
import { describe, expect, it } from 'vitest';
import { MEASURING_FONT, drawChart } from './draw.ts';
import { fixture } from './fixture.ts';
import { caseStudyChart, driverChart, intervieweeFindingsChart, table9Chart } from './from-knowledge.ts';
import { CHART_WIDTHS, chartHeight, type ChartWidth } from './layout.ts';
import type { ChartSpec } from './spec.ts';

/** The bounding box of each bar path the drawing holds, with its series and category. */
function barBoxes(shapes: string) {
  return [...shapes.matchAll(/<path class="chart-bar" fill="([^"]+)" data-series="(\d+)" data-category="(\d+)" d="([^"]+)"\/>/g)].map(
    ([, colour, series, category, d]) => {
      const numbers = [...d!.matchAll(/-?\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return {
        colour,
        series: Number(series),
        category: Number(category),
        left: Math.min(...xs),
        right: Math.max(...xs),
        top: Math.min(...ys),
        bottom: Math.max(...ys),
      };
    },
  );
}

const kb = fixture();
const CHARTS: Array<[string, ChartSpec]> = [
  ['Table 9 (grouped, five series)', table9Chart(kb)],
  ['a driver (one series, blanks)', driverChart(kb, 'ethnic-identity')],
  ['Table 8 ("-" cells)', caseStudyChart(kb, 8)],
  ['interviewees’ findings (stacked)', intervieweeFindingsChart(kb)],
];
const SIZES = Object.keys(CHART_WIDTHS) as ChartWidth[];

describe.each(CHARTS)('drawChart: %s', (_, spec) => {
  it.each(SIZES)('at the %s width: bars as long as their numbers, in their colours, nothing for a cell without one', (size) => {
    const drawn = drawChart(spec, size);
    expect([drawn.width, drawn.height]).toEqual([CHART_WIDTHS[size], chartHeight(spec)]);
    const { plot } = drawn.layout;
    const perUnit = plot.width / spec.axis.max;
    const bars = barBoxes(drawn.shapes);
    // A bar for every cell with a number above 0; none for blank, "-" (and 0, which has no length).
    const withLength = spec.series.flatMap((s, i) => s.cells.flatMap((c, j) => (c.value ? [`${i}/${j}`] : [])));
    expect(bars.map((b) => `${b.series}/${b.category}`).toSorted()).toEqual(withLength.toSorted());
    for (const bar of bars) {
      const cell = spec.series[bar.series]!.cells[bar.category]!;
      const before = spec.stacked ? spec.series.slice(0, bar.series).reduce((sum, s) => sum + (s.cells[bar.category]!.value ?? 0), 0) : 0;
      expect(bar.colour).toBe(cell.colour);
      // The bar's fill ends a border's width (1 px) before its value; a stacked segment starts where the ones before it end.
      expect(Math.abs(bar.right + 1 - (plot.left + (before + cell.value!) * perUnit))).toBeLessThan(0.6);
      expect(Math.abs(bar.left - (plot.left + before * perUnit))).toBeLessThan(1.6);
      // In its category's band.
      const band = drawn.layout.categories[bar.category]!;
      expect(bar.top).toBeGreaterThanOrEqual(band.top);
      expect(bar.bottom).toBeLessThanOrEqual(band.bottom);
    }
  });

  it('reads the category labels and the value axis from chart.js, and draws no text of its own', () => {
    const drawn = drawChart(spec, 'narrow');
    expect(drawn.shapes).not.toMatch(/<text|font-family/);
    expect(drawn.categoryLines.map((lines) => lines.map((l) => l.text))).toEqual(spec.categories.map((c) => c.lines));
    // Each label right-aligned left of the plot, all at one edge, its lines in its band.
    const edges = new Set(drawn.categoryLines.flat().map((line) => line.x));
    expect(edges.size).toBe(1);
    expect([...edges][0]).toBeLessThan(drawn.layout.plot.left);
    drawn.categoryLines.forEach((lines, j) => {
      const band = drawn.layout.categories[j]!;
      for (const line of lines) {
        expect(line).toMatchObject({ align: 'end', baseline: 'central', role: 'category' });
        expect(line.y).toBeGreaterThan(band.top);
        expect(line.y).toBeLessThan(band.bottom);
      }
    });
    const ticks = drawn.axisTexts.filter((t) => t.role === 'tick').map((t) => Number(t.text));
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(spec.axis.max);
    expect(drawn.axisTexts.filter((t) => t.role === 'title').map((t) => t.text)).toEqual([spec.axis.title]);
  });
});

describe('drawChart and text', () => {
  it('measures with a font wider than the common system fonts', () => {
    const { measure } = drawChart(driverChart(kb, 'ethnic-identity'), 'narrow');
    expect(MEASURING_FONT.startsWith("'DejaVu Sans'")).toBe(true);
    // DejaVu Sans's "Recruitment" at 12 px is wider than Arial's / Liberation Sans's (about 63 px).
    expect(measure('Recruitment', 12)).toBeGreaterThan(66);
    expect(measure('Recruitment', 12, true)).toBeGreaterThan(measure('Recruitment', 12));
  });
});
