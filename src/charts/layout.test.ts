import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.ts';
import { driverChart, intervieweeFindingsChart, table9Chart } from './from-knowledge.ts';
import { VALUE_GAP, categoryValues, chartLayout, overlappingPairs, overlaps, stackTotal, valueText } from './layout.ts';
import type { ChartSpec } from './spec.ts';

/** A drawn chart as chart.js exposes it: 10 px per unit on x, 20 px per category on y from 0, bars 6 px thick. */
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
    scales: {
      x: { getPixelForValue: (v: number) => v * 10 + 100 },
      y: { top: 0, bottom: spec.categories.length * 20, right: 100, options: { ticks: { padding: 3 } }, getPixelForValue: (j: number) => j * 20 + 10 },
    },
    getDatasetMeta: (i: number) => ({ data: bars(i) }),
  } as unknown as Chart<'bar'>;
}

describe('chartLayout', () => {
  it('gives each category its label column and band, each bar its box, each cell its value label at the bar end', () => {
    const spec = driverChart(fixture(), 'ethnic-identity');
    const layout = chartLayout(fakeChart(spec), spec);
    expect(layout.categories[1]).toEqual({ right: 97, centre: 30, top: 20, bottom: 40 });
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

  it('is empty for a chart without scales', () => {
    const spec = driverChart(fixture(), 'ethnic-identity');
    expect(chartLayout({ scales: {} } as unknown as Chart<'bar'>, spec)).toEqual({ categories: [], bars: [], values: [] });
  });
});

describe('categoryValues', () => {
  it('lists each series with its cell as printed, and a stacked chart its total', () => {
    const spec = table9Chart(fixture());
    expect(categoryValues(spec, 0)).toEqual(spec.series.map((s) => ({ label: s.label, text: s.cells[0]!.text })));
    // Where Table 5 prints the cell otherwise, the tooltip says so.
    const geo = spec.categories.findIndex((c) => c.name === 'Geographical proximity and Access to Conflict');
    expect(categoryValues(spec, geo).map((l) => l.text)).toEqual(['11', '8', '5', 'blank (Table 5 prints 0)', 'blank (Table 5 prints 0)']);
    const stacked = intervieweeFindingsChart(fixture());
    expect(categoryValues(stacked, 0).at(-1)).toEqual({ label: 'Total', text: String(stackTotal(stacked, 0)) });
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
});
