import { describe, expect, it } from 'vitest';
import { driverChart, intervieweeFindingsChart, table9Chart } from './from-knowledge.ts';
import { fixture } from './fixture.ts';
import { categoryValues, cellWithNote, chartCell, listOf, stackTotal, tableOf, wrapLabel } from './spec.ts';

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

describe('cellWithNote', () => {
  it('is the cell as printed, with what Table 5 prints where that differs', () => {
    expect(cellWithNote({ text: '15' })).toBe('15');
    expect(cellWithNote({ text: 'blank', note: 'Table 5 prints 0' })).toBe('blank (Table 5 prints 0)');
    expect(cellWithNote(undefined)).toBe('');
  });
});

describe('categoryValues', () => {
  it('lists each series with its cell as printed, and a stacked chart its total', () => {
    const spec = table9Chart(fixture());
    expect(categoryValues(spec, 0)).toEqual(spec.series.map((s) => ({ label: s.label, text: s.cells[0]!.text })));
    // Where Table 5 prints the cell otherwise, the tip says so.
    const geo = spec.categories.findIndex((c) => c.name === 'Geographical proximity and Access to Conflict');
    expect(categoryValues(spec, geo).map((l) => l.text)).toEqual(['11', '8', '5', 'blank (Table 5 prints 0)', 'blank (Table 5 prints 0)']);
    const stacked = intervieweeFindingsChart(fixture());
    expect(categoryValues(stacked, 0).at(-1)).toEqual({ label: 'Total', text: String(stackTotal(stacked, 0)) });
  });
});

describe('stackTotal', () => {
  it('adds the numbers of a category, and is null where it has none', () => {
    const series = (values: Array<number | null>) => ({
      key: '',
      label: '',
      colour: '',
      cells: values.map((value) => ({ value, text: String(value), colour: '' })),
    });
    expect(stackTotal({ series: [series([1, null]), series([2, null])] }, 0)).toBe(3);
    expect(stackTotal({ series: [series([1, null]), series([2, null])] }, 1)).toBeNull();
  });
});
