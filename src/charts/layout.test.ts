import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.ts';
import { driverChart, intervieweeFindingsChart } from './from-knowledge.ts';
import { VALUE_GAP, chartHeight, chartLayout, inside, overlappingPairs, overlaps, valueText } from './layout.ts';
import { stackTotal, type ChartSpec } from './spec.ts';

/** A drawn chart as chart.js exposes it: 10 px per unit on x from 100, 20 px per category on y from 0, bars 6 px thick. */
function fakeChart(spec: ChartSpec) {
  const bars = (i: number) =>
    spec.categories.map((_, j) => ({
      getProps: () => {
        const value = spec.series[i]!.cells[j]!.value ?? 0;
        const before = spec.stacked ? spec.series.slice(0, i).reduce((sum, s) => sum + (s.cells[j]!.value ?? 0), 0) : 0;
        return { x: (before + value) * 10 + 100, base: before * 10 + 100, y: j * 20 + 10 + (spec.stacked ? 0 : i * 6), height: 6 };
      },
    }));
  return {
    chartArea: { left: 100, top: 0, right: 320, bottom: spec.categories.length * 20 },
    scales: {
      x: { getPixelForValue: (v: number) => v * 10 + 100 },
      y: { top: 0, bottom: spec.categories.length * 20, getPixelForValue: (j: number) => j * 20 + 10 },
    },
    getDatasetMeta: (i: number) => ({ data: bars(i) }),
  } as unknown as Chart<'bar'>;
}

describe('chartLayout', () => {
  it('gives the plot, each category its label column and band, each bar its box, each cell its value label at the bar end', () => {
    const spec = driverChart(fixture(), 'ethnic-identity');
    const layout = chartLayout(fakeChart(spec), spec);
    expect(layout.plot).toEqual({ left: 100, top: 0, width: 220, height: spec.categories.length * 20 });
    expect(layout.categories[1]).toEqual({ centre: 30, top: 20, bottom: 40 });
    expect(layout.bars).toHaveLength(spec.categories.length);
    const first = spec.series[0]!.cells[0]!.value!;
    expect(layout.bars[0]).toEqual({ series: 0, category: 0, box: { left: 100, top: 7, width: first * 10, height: 6 } });
    // A cell without a number is labelled at the axis, as printed.
    const blank = spec.series[0]!.cells.findIndex((c) => c.value === null);
    expect(layout.values[blank]).toEqual({ series: 0, category: blank, x: 100 + VALUE_GAP, y: blank * 20 + 10 });
    expect(valueText(spec, layout.values[blank]!)).toBe('blank');
    expect(valueText(spec, layout.values[0]!)).toBe(String(first));
  });

  it('labels a stacked bar once, with its total at the end of the stack', () => {
    const spec = intervieweeFindingsChart(fixture());
    const layout = chartLayout(fakeChart(spec), spec);
    expect(layout.values.every((v) => v.series === null)).toBe(true);
    expect(layout.values.map((v) => v.category)).toEqual(spec.categories.map((_, j) => j));
    for (const v of layout.values) {
      expect(v.x).toBe((stackTotal(spec, v.category) ?? 0) * 10 + 100 + VALUE_GAP);
      expect(valueText(spec, v)).toBe(String(stackTotal(spec, v.category)));
    }
    expect(layout.bars).toHaveLength(spec.series.length * spec.categories.length);
  });

  it('stops on a chart without scales, naming it', () => {
    const spec = driverChart(fixture(), 'ethnic-identity');
    expect(() => chartLayout({ scales: {} } as unknown as Chart<'bar'>, spec)).toThrow(`Chart "${spec.caption}": chart.js drew no x and y scales`);
  });
});

describe('chartHeight', () => {
  const category = (lines = 1) => ({ name: 'x', lines: Array<string>(lines).fill('x') });
  const series = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `${i}`, label: '', colour: '', cells: [] }));
  const h = (categories: number, bars: number, lines = 1) =>
    chartHeight({ categories: Array.from({ length: categories }, () => category(lines)), series: series(bars) });

  it('grows with categories, bars and label lines, from the axis’s room', () => {
    expect(h(0, 1)).toBe(56);
    expect(h(5, 1)).toBeLessThan(h(11, 1));
    expect(h(11, 1)).toBeLessThan(h(11, 5));
    expect(h(5, 1, 1)).toBeLessThan(h(5, 1, 3));
  });

  it('gives side-by-side bars room for a value label each', () => {
    // Five labels of 10 px text (12 px a line, plus a pixel) in 85% of the band.
    expect(h(1, 5) - h(0, 5)).toBeGreaterThanOrEqual(Math.ceil((5 * 13) / 0.85) - 1);
  });

  it('gives a stacked chart room for one bar per category, whatever its series', () => {
    const categories = Array.from({ length: 8 }, () => category());
    const stacked = chartHeight({ categories, series: series(5), stacked: true });
    expect(stacked).toBe(chartHeight({ categories, series: series(1) }));
    expect(stacked).toBeLessThan(chartHeight({ categories, series: series(5) }));
  });
});

describe('overlaps', () => {
  const box = (left: number, top: number, width = 10, height = 10) => ({ left, top, width, height });
  it('finds boxes that share area, not boxes that only touch', () => {
    expect(overlaps(box(0, 0), box(5, 5))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(0, 10))).toBe(false);
    expect(overlappingPairs([box(0, 0), box(20, 0), box(5, 5), box(25, 9)])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('tells a box inside another from one that leaves it', () => {
    expect(inside(box(0, 0), box(0, 0))).toBe(true);
    expect(inside(box(1, 1, 5, 5), box(0, 0))).toBe(true);
    expect(inside(box(6, 0, 5, 5), box(0, 0))).toBe(false);
    expect(inside(box(-1, 0, 5, 5), box(0, 0))).toBe(false);
  });
});
