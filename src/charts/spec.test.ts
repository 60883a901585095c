import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { driverChart, table9Chart } from './from-knowledge.ts';
import { fixture } from './fixture.ts';
import { BOX_HEIGHTS_REM, boxHeight, chartCell, listOf, tableOf, wrapLabel } from './spec.ts';

describe('chartCell', () => {
  it.each([
    [15, { value: 15, text: '15' }],
    [0, { value: 0, text: '0' }],
    [null, { value: null, text: 'blank' }],
    ['-', { value: null, text: '"-"' }],
  ] as const)('%j', (cell, expected) => {
    expect(chartCell(cell, '#000')).toEqual({ ...expected, colour: '#000' });
  });
});

describe('tableOf', () => {
  it('holds the same numbers as the chart: a row per category, a column per series', () => {
    const spec = table9Chart(fixture());
    const table = tableOf(spec);
    expect(table.columns).toEqual(['Driver', 'Afghan Taliban', 'ISKP', 'Kashmiri Fighters', 'IS Fighters', 'Shia Fighters']);
    expect(table.rows.map((r) => r.name)).toEqual(spec.categories.map((c) => c.name));
    spec.series.forEach((s, col) =>
      s.cells.forEach((cell, row) => expect(table.rows[row]!.cells[col]).toBe(cell.note ? `${cell.text} (${cell.note})` : cell.text)),
    );
    expect(table.rows[0]).toEqual({
      name: 'Recruitment by Individuals or Organizations',
      href: '/drivers/recruitment/',
      cells: ['22', '11', '22', '15', '22'],
    });
    expect(table.caption).toBe('Drivers of Pakistani foreign fighters by host group (Table 9) (interviewees (of 22); source: Table 9 of the thesis)');
  });

  it('says where Table 5 prints a cell otherwise, as the tooltip does', () => {
    const spec = table9Chart(fixture());
    spec.series[0]!.cells[0] = { ...spec.series[0]!.cells[0]!, text: 'blank', note: 'Table 5 prints 0' };
    expect(tableOf(spec).rows[0]!.cells[0]).toBe('blank (Table 5 prints 0)');
  });

  it('adds the detail column when the spec has one', () => {
    const spec = { ...driverChart(fixture(), 'recruitment'), detailHeading: 'Note' };
    spec.categories = spec.categories.map((c, i) => ({ ...c, detail: `n${i}` }));
    const table = tableOf(spec);
    expect(table.columns.at(-1)).toBe('Note');
    expect(table.rows.map((r) => r.cells.at(-1))).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries within the width, never dropping a word', () => {
    expect(wrapLabel('Propaganda and ideologies')).toEqual(['Propaganda and', 'ideologies']);
    expect(wrapLabel('Recruitment')).toEqual(['Recruitment']);
    expect(wrapLabel('Counterterrorismdepartmentofficers x', 10)).toEqual(['Counterterrorismdepartmentofficers', 'x']);
    for (const label of ['Reaction to Social discrimination/ Quest for Significance', 'Geographical proximity and Access to Conflict']) {
      const lines = wrapLabel(label);
      expect(lines.join(' ')).toBe(label.replace(/\s+/g, ' '));
      expect(lines.every((l) => l.length <= 18 || !l.includes(' '))).toBe(true);
    }
  });
});

describe('listOf', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j → %j', (items, text) => expect(listOf(items)).toBe(text));
});

describe('boxHeight', () => {
  const category = (lines = 1) => ({ name: 'x', lines: Array<string>(lines).fill('x') });
  const series = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `${i}`, label: '', colour: '', cells: [] }));

  it('is one of the heights the component has a class for', () => {
    const component = readFileSync(new URL('../components/charts/BarChart.astro', import.meta.url), 'utf8');
    // Any layout of the rule: Prettier may put it on one line or on three.
    for (const h of BOX_HEIGHTS_REM) expect(component).toMatch(new RegExp(`\\.h-${h}\\s*\\{\\s*height:\\s*${h}rem;\\s*\\}`));
  });

  it('grows with categories, bars and label lines, within the bounds', () => {
    const h = (categories: number, bars: number, lines = 1) =>
      boxHeight({ categories: Array.from({ length: categories }, () => category(lines)), series: series(bars) });
    expect(h(5, 1)).toBeLessThan(h(11, 1));
    expect(h(11, 1)).toBeLessThan(h(11, 5));
    expect(h(5, 1, 1)).toBeLessThan(h(5, 1, 3));
    expect(h(0, 1)).toBe(12);
    expect(h(100, 5)).toBe(64);
  });

  it('gives a stacked chart room for one bar per category, whatever its series', () => {
    const categories = Array.from({ length: 8 }, () => category());
    const stacked = boxHeight({ categories, series: series(5), stacked: true });
    expect(stacked).toBe(boxHeight({ categories, series: series(1) }));
    expect(stacked).toBeLessThan(boxHeight({ categories, series: series(5) }));
  });
});
