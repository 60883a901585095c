import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { barLabels, chartConfig, stackTotal, type ChartTheme } from './config.ts';
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

  it('draws at once, with no animation and no hover handling', () => {
    const config = chartConfig(spec, LIGHT);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.events).toEqual([]);
  });

  it('colours bars by group, and outlines them in the light theme only', () => {
    const light = chartConfig(spec, LIGHT).data.datasets[0]!;
    expect(light.backgroundColor).toEqual(spec.series[0]!.cells.map((c) => c.colour));
    expect(light.borderWidth).toBe(1);
    const dark = chartConfig(spec, DARK);
    expect(dark.data.datasets[0]!.borderWidth).toBe(0);
    expect(dark.options?.scales?.['y']?.ticks?.color).toBe('white');
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

describe('barLabels', () => {
  it('labels each bar at its end, and a cell without a number in words at the axis', () => {
    const spec = driverChart(fixture(), 'ethnic-identity');
    const drawn: Array<{ text: string; x: number; y: number; font: string; fill: string }> = [];
    const ctx = {
      font: '',
      fillStyle: '',
      save() {},
      restore() {},
      fillText(text: string, x: number, y: number) {
        drawn.push({ text, x, y, font: this.font, fill: this.fillStyle });
      },
    };
    const bars = spec.categories.map((_, i) => ({ getProps: () => ({ y: i * 10 }) }));
    const chart = {
      ctx,
      scales: { x: { getPixelForValue: (v: number) => v * 10 } },
      getDatasetMeta: () => ({ data: bars }),
    } as unknown as Chart<'bar'>;
    const plugin = barLabels(spec, LIGHT);
    (plugin.afterDatasetsDraw as (c: Chart<'bar'>) => void)(chart);
    expect(drawn.map((d) => [d.text, d.x, d.y])).toEqual([
      ['15', 154, 0],
      ['not reported', 4, 10],
      ['14', 144, 20],
      ['not reported', 4, 30],
      ['not reported', 4, 40],
    ]);
    expect(drawn[1]).toMatchObject({ font: 'italic 12px serif', fill: 'grey' });
    expect(drawn[0]).toMatchObject({ font: '12px serif', fill: 'black' });
  });

  it('labels a stacked bar once, with its total at the end of the stack', () => {
    const spec = intervieweeFindingsChart(fixture());
    const drawn: Array<[string, number, number]> = [];
    const ctx = {
      font: '',
      fillStyle: '',
      textBaseline: '',
      textAlign: '',
      save() {},
      restore() {},
      fillText: (t: string, x: number, y: number) => drawn.push([t, x, y]),
    };
    const chart = {
      ctx,
      scales: { x: { getPixelForValue: (v: number) => v * 10 }, y: { getPixelForValue: (i: number) => i * 20 } },
      getDatasetMeta: () => {
        throw new Error('a stacked chart labels categories, not bars');
      },
    } as unknown as Chart<'bar'>;
    (barLabels(spec, LIGHT).afterDatasetsDraw as (c: Chart<'bar'>) => void)(chart);
    expect(drawn).toEqual([
      ['3', 34, 0],
      ['0', 4, 20],
      ['1', 14, 40],
      ['0', 4, 60],
      ['0', 4, 80],
      ['0', 4, 100],
    ]);
    expect(stackTotal(spec, 0)).toBe(3);
  });
});
