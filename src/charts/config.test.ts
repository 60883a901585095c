import { BasicPlatform } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { barNumber, chartConfig } from './config.ts';
import { fixture } from './fixture.ts';
import { caseStudyChart, driverChart, intervieweeFindingsChart, table9Chart } from './from-knowledge.ts';
import { INK, TEXT_INK, barInk, barOfInk } from './ink.ts';

const FONT = 'serif';

describe('chartConfig', () => {
  const spec = driverChart(fixture(), 'ethnic-identity');

  it('draws horizontal bars over 0–22 from the spec, nulls as no bar', () => {
    const config = chartConfig(spec, FONT);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(spec.categories.map((c) => c.lines));
    expect(config.data.datasets[0]?.data).toEqual([15, null, 14, null, null]);
    expect(config.options?.scales?.['x']).toMatchObject({ min: 0, max: 22 });
  });

  it('draws once, at its size, on the basic platform: no animation, no events, no resizing', () => {
    const config = chartConfig(spec, FONT);
    expect(config.platform).toBe(BasicPlatform);
    expect(config.options).toMatchObject({ animation: false, events: [], responsive: false, devicePixelRatio: 1 });
  });

  it('gives every bar a placeholder of its own, which names its series and category', () => {
    const table9 = table9Chart(fixture());
    const config = chartConfig(table9, FONT);
    const inks = config.data.datasets.flatMap((d) => d.backgroundColor as string[]);
    expect(new Set(inks).size).toBe(table9.series.length * table9.categories.length);
    config.data.datasets.forEach((d, i) =>
      (d.backgroundColor as string[]).forEach((ink, j) => {
        expect(ink).toBe(barInk(barNumber(table9, i, j)));
        expect(barOfInk(ink)).toBe(i * table9.categories.length + j);
      }),
    );
  });

  it('draws lines and text in placeholders only, for the SVG to give them the theme’s colours', () => {
    const config = chartConfig(spec, FONT);
    const [x, y] = [config.options?.scales?.['x'], config.options?.scales?.['y']];
    expect(x?.grid?.color).toBe(INK.grid);
    expect(x?.border?.color).toBe(INK.axis);
    expect(x?.ticks?.color).toBe(TEXT_INK.tick);
    expect(x && 'title' in x ? x.title?.color : undefined).toBe(TEXT_INK.title);
    expect(y?.ticks?.color).toBe(TEXT_INK.category);
    expect(config.data.datasets[0]).toMatchObject({ borderColor: INK.outline, borderWidth: 1 });
  });

  it('stacks both axes for a stacked chart, and steps its ticks as the spec says', () => {
    const config = chartConfig(intervieweeFindingsChart(fixture()), FONT);
    expect(config.options?.scales?.['x']).toMatchObject({ stacked: true, max: 5, ticks: { stepSize: 5 } });
    expect(config.options?.scales?.['y']).toMatchObject({ stacked: true });
    expect(chartConfig(spec, FONT).options?.scales?.['x']).toMatchObject({ stacked: false, ticks: { stepSize: 2 } });
  });

  it('has a dataset per group for a grouped chart', () => {
    const config = chartConfig(caseStudyChart(fixture(), 7), FONT);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Afghan Taliban', 'ISKP']);
  });

  it('stops on a value beyond the axis, naming the chart, the series and the category', () => {
    const bad = driverChart(fixture(), 'ethnic-identity');
    bad.series[0]!.cells[0] = { ...bad.series[0]!.cells[0]!, value: 23 };
    expect(() => chartConfig(bad, FONT)).toThrow(`Chart "${bad.caption}": Interviewees (of 22), Afghan Taliban: 23 is outside the axis (0 to 22)`);
  });
});
