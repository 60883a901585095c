import { describe, expect, it } from 'vitest';
import { chartConfig, type ChartTheme } from './config.ts';
import { fixture } from './fixture.ts';
import { caseStudyChart, driverChart, intervieweeFindingsChart } from './from-knowledge.ts';

const LIGHT: ChartTheme = { text: 'black', muted: 'grey', grid: 'silver', outline: 'rgba(0, 0, 0, 0.55)', font: 'serif' };
const DARK: ChartTheme = { ...LIGHT, text: 'white', outline: null };

describe('chartConfig', () => {
  const spec = driverChart(fixture(), 'ethnic-identity');

  it('draws horizontal bars over 0–22 from the spec, nulls as no bar', () => {
    const config = chartConfig(spec, LIGHT);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(spec.categories.map((c) => c.lines));
    expect(config.data.datasets[0]?.data).toEqual([15, null, 14, null, null]);
    expect(config.options?.scales?.['x']).toMatchObject({ min: 0, max: 22 });
  });

  it('draws at once, with no animation and no hover handling of its own', () => {
    const config = chartConfig(spec, LIGHT);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.events).toEqual([]);
  });

  it('reports the layout after a draw, and again only when it changed', () => {
    const reported: unknown[] = [];
    const plugin = chartConfig(spec, LIGHT, (layout) => reported.push(layout)).plugins?.find((p) => p.id === 'chartLayout');
    const chart = {
      scales: {
        x: { getPixelForValue: (v: number) => v * 10 },
        y: { top: 0, bottom: 50, right: 100, options: { ticks: { padding: 3 } }, getPixelForValue: (i: number) => i * 10 + 5 },
      },
      getDatasetMeta: () => ({ data: [] }),
    };
    const afterDraw = plugin?.afterDraw as unknown as (c: typeof chart) => void;
    afterDraw(chart);
    afterDraw(chart);
    expect(reported).toHaveLength(1);
    chart.scales.y.right = 80; // a narrower screen
    afterDraw(chart);
    expect(reported).toHaveLength(2);
  });

  it('colours bars by group, and outlines them in the light theme only', () => {
    const light = chartConfig(spec, LIGHT).data.datasets[0]!;
    expect(light.backgroundColor).toEqual(spec.series[0]!.cells.map((c) => c.colour));
    expect(light.borderWidth).toBe(1);
    const dark = chartConfig(spec, DARK);
    expect(dark.data.datasets[0]!.borderWidth).toBe(0);
    expect(dark.options?.scales?.['x']?.ticks?.color).toBe('white');
    // The category labels are the overlay's HTML links; chart.js only makes room for them.
    expect(dark.options?.scales?.['y']?.ticks?.color).toBe('transparent');
  });

  it('stacks both axes for a stacked chart, and steps its ticks as the spec says', () => {
    const config = chartConfig(intervieweeFindingsChart(fixture()), LIGHT);
    expect(config.options?.scales?.['x']).toMatchObject({ stacked: true, max: 5, ticks: { stepSize: 5 } });
    expect(config.options?.scales?.['y']).toMatchObject({ stacked: true });
    expect(chartConfig(spec, LIGHT).options?.scales?.['x']).toMatchObject({ stacked: false, ticks: { stepSize: 2 } });
  });

  it('has a dataset per group for a grouped chart', () => {
    const config = chartConfig(caseStudyChart(fixture(), 7), LIGHT);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Afghan Taliban', 'ISKP']);
  });
});
