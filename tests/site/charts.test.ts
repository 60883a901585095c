/**
 * The charts as built, on every page: each chart is where the issue puts it,
 * with its two drawings (phone and desktop width) and its number table; the
 * table holds the numbers of the data collections (read here from the YAML,
 * not from the site's code), and each drawing shows its table's numbers, as
 * value labels and as bars as long as its value axis says. No chart code is
 * shipped: chart.js is in no script of the site, and a chart page names no
 * script a text page does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../support/dist.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;
type Cell = number | '-' | null;

const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const ids = (dir: string) => readdirSync(new URL(`../../content/${dir}/`, import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
const cell = (group: string, driver: string, table: string): Cell =>
  yaml<{ tables: Record<string, Cell> }>(`findings/${group}/${driver}.yaml`).tables[table] ?? null;
/** How a chart's table prints a cell: as the thesis's table does, a blank cell "blank" (never 0, never more than the table says). */
const cellText = (c: Cell) => (c === null ? 'blank' : c === '-' ? '"-"' : String(c));
const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'];
const DRIVERS = ids('drivers');
/** The drivers in Table 5's row order (their `number`). */
const DRIVERS_IN_TABLE_ORDER = () =>
  DRIVERS.toSorted((x, y) => yaml<{ number: number }>(`drivers/${x}.yaml`).number - yaml<{ number: number }>(`drivers/${y}.yaml`).number);
/** Every pair of host groups, in Table 5's column order: the comparison pages. */
const PAIRS = GROUPS.flatMap((a, i) => GROUPS.slice(i + 1).map((b) => [a, b] as const));
const groupName = (g: string) => yaml<{ name: string }>(`groups/${g}.yaml`).name;
const driverName = (d: string) => yaml<{ name: string }>(`drivers/${d}.yaml`).name;

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function all(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) out.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) all(child, test, out);
  return out;
}
const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : ('childNodes' in node ? node.childNodes : []).map(text).join('');

/** The chart figures of a page. */
const figures = (path: string) => all(parse(readPage(path)), (el) => el.tagName === 'figure' && attr(el, 'data-chart') !== undefined);

/** The rows of a figure's number table (heading, then cells). */
const tableRows = (figure: Element): string[][] =>
  all(figure, (el) => el.tagName === 'tr' && all(el, (c) => c.tagName === 'td').length > 0).map((tr) =>
    all(tr, (c) => c.tagName === 'th' || c.tagName === 'td').map((c) => text(c).trim()),
  );

/** The charts of a page: their table rows (heading, then cells). */
const charts = (path: string): string[][][] => figures(path).map(tableRows);

const classes = (el: Element) => (attr(el, 'class') ?? '').split(' ');

/**
 * What a drawing shows, read from its SVG: per value label, its series
 * (null for a stacked bar's total), category and text; per bar, its series,
 * category and the value its length stands for on the scale of the value
 * axis's tick labels (their x, from the first to the last).
 */
function reading(svg: Element) {
  const index = (el: Element, name: string) => (attr(el, name) === undefined ? null : Number(attr(el, name)));
  const values = all(svg, (el) => el.tagName === 'text' && classes(el).includes('chart-value')).map((el) => ({
    series: index(el, 'data-series'),
    category: index(el, 'data-category'),
    text: text(el),
  }));
  const ticks = all(svg, (el) => classes(el).includes('chart-tick')).map((el) => ({ value: Number(text(el)), x: Number(attr(el, 'x')) }));
  const [first, last] = [ticks[0]!, ticks.at(-1)!];
  const perUnit = (last.x - first.x) / (last.value - first.value);
  const bars = all(svg, (el) => el.tagName === 'path' && classes(el).includes('chart-bar')).map((el) => {
    const xs = [...(attr(el, 'd') ?? '').matchAll(/(-?[\d.]+) -?[\d.]+/g)].map(([, x]) => Number(x));
    // The bar's fill ends a border's width (1 px) before its value.
    return { series: index(el, 'data-series')!, category: index(el, 'data-category')!, length: (Math.max(...xs) + 1 - Math.min(...xs)) / perUnit };
  });
  return { values, bars, ticks: ticks.map((t) => t.value) };
}

/** A cell of a chart's table as its value label shows it: without what Table 5 prints (the tip says that too). */
const asLabelled = (cell: string) => cell.replace(/ \(Table 5 prints [^)]*\)$/, '');

/** Every page with a chart. */
const WITH_CHARTS = [
  '/',
  '/data/',
  '/interviews/',
  ...['kashmir', 'afghanistan', 'syria'].map((c) => `/case-studies/${c}/`),
  ...DRIVERS.map((d) => `/drivers/${d}/`),
  ...GROUPS.map((g) => `/groups/${g}/`),
  ...PAIRS.map(([a, b]) => `/compare/${a}-vs-${b}/`),
];

describe('where the charts are', () => {
  // The List of Interviews has two: the interviewees by category, and the findings each is counted in.
  it.each(WITH_CHARTS)('%s has its chart(s)', (path) => {
    expect(charts(path)).toHaveLength(path === '/interviews/' ? 2 : 1);
  });

  it('no other page has a chart', () => {
    const others = listPages().filter((p) => !WITH_CHARTS.includes(p) && charts(p).length > 0);
    expect(others).toEqual([]);
  });
});

describe('the numbers in the charts are the data’s', () => {
  it.each(DRIVERS)('/drivers/%s/: Table 5 by host group', (d) => {
    expect(charts(`/drivers/${d}/`)[0]).toEqual(GROUPS.map((g) => [groupName(g), cellText(cell(g, d, 'table5'))]));
  });

  it.each(GROUPS)('/groups/%s/: every driver, numbers before blanks, largest first', (g) => {
    const rows = charts(`/groups/${g}/`)[0]!;
    expect(rows.map(([name]) => name).toSorted()).toEqual(DRIVERS.map(driverName).toSorted());
    for (const [name, count] of rows)
      expect(count).toBe(
        cellText(
          cell(
            g,
            DRIVERS.find((d) => driverName(d) === name)!,
            'table5',
          ),
        ),
      );
    const values = rows.map(([, count]) => (/^\d+$/.test(count!) ? Number(count) : -1));
    expect(values).toEqual(values.toSorted((a, b) => b - a));
  });

  it.each(PAIRS)('/compare/%s-vs-%s/: both groups’ Table 5 counts for every driver', (a, b) => {
    expect(charts(`/compare/${a}-vs-${b}/`)[0]).toEqual(
      DRIVERS_IN_TABLE_ORDER().map((d) => [driverName(d), cellText(cell(a, d, 'table5')), cellText(cell(b, d, 'table5'))]),
    );
  });

  it.each(['/', '/data/'])('%s: the whole of Table 9', (path) => {
    const rows = charts(path)[0]!;
    expect(rows).toHaveLength(DRIVERS.length);
    for (const [name, ...cells] of rows) {
      const d = DRIVERS.find((id) => driverName(id) === name)!;
      // As Table 9 prints each cell, and where Table 5 prints it otherwise, that too.
      expect(cells).toEqual(
        GROUPS.map((g) => {
          const [t9, t5] = [cellText(cell(g, d, 'table9')), cellText(cell(g, d, 'table5'))];
          return t9 === t5 ? t9 : `${t9} (Table 5 prints ${t5})`;
        }),
      );
    }
  });

  it('/interviews/: the interviewees by category add up to 22', () => {
    const rows = charts('/interviews/')[0]!;
    const byCategory = new Map<string, number>();
    for (const n of ids('interviewees')) {
      const category = yaml<{ category: string }>(`interviewees/${n}.yaml`).category;
      byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    }
    expect(rows.map(([, count]) => Number(count)).toSorted()).toEqual([...byCategory.values()].toSorted());
    expect(rows.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(22);
  });

  it('/interviews/: each interviewee’s findings per host group are those whose footnote lists them', () => {
    // The footnote lists as printed ("1-9, 11, 14-19"), expanded here independently of the site's code.
    const listed = (list: string) =>
      list
        .split(/[,\s]+/)
        .filter(Boolean)
        .flatMap((token) => {
          const [from, to = from] = token.split('-').map(Number);
          return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
        });
    const perGroup = (n: number) =>
      GROUPS.map(
        (g) =>
          DRIVERS.filter((d) =>
            yaml<{ statements: Array<{ interviewees: string | null }> }>(`findings/${g}/${d}.yaml`).statements.some(
              (s) => s.interviewees !== null && listed(s.interviewees).includes(n),
            ),
          ).length,
      );
    const rows = charts('/interviews/')[1]!;
    expect(rows.map(([name]) => name)).toEqual(Array.from({ length: 22 }, (_, i) => `Interviewee ${i + 1}`));
    for (const [i, [, ...cells]] of rows.entries()) expect(cells.slice(0, GROUPS.length).map(Number)).toEqual(perGroup(i + 1));
    // Someone is counted somewhere, or the test would pass on an empty chart.
    expect(rows.some(([, ...cells]) => cells.slice(0, GROUPS.length).some((c) => Number(c) > 0))).toBe(true);
  });
});

describe('every drawing shows its table’s numbers', () => {
  it.each(WITH_CHARTS)('%s: both drawings, each value label and each bar', (path) => {
    for (const figure of figures(path)) {
      const rows = tableRows(figure);
      // One series per legend entry; a chart without a legend has one.
      const series = Math.max(1, all(figure, (el) => el.tagName === 'li').length);
      const cells = rows.map((row) => row.slice(1, series + 1).map(asLabelled));
      const svgs = all(figure, (el) => el.tagName === 'svg' && classes(el).includes('chart-svg'));
      expect(svgs.map((svg) => classes(svg).find((c) => c !== 'chart-svg'))).toEqual(['chart-svg-narrow', 'chart-svg-wide']);
      for (const svg of svgs) {
        const { values, bars, ticks } = reading(svg);
        expect(ticks[0]).toBe(0);
        if (values.every((v) => v.series === null)) {
          // A stacked chart: one label per category, the sum of its row.
          expect(values.map((v) => [v.category, v.text])).toEqual(cells.map((row, j) => [j, String(row.reduce((sum, c) => sum + Number(c), 0))]));
        } else {
          expect(values.map((v) => `${v.category}/${v.series}: ${v.text}`).toSorted()).toEqual(
            cells.flatMap((row, j) => row.map((c, s) => `${j}/${s}: ${c}`)).toSorted(),
          );
        }
        // A bar for each number above 0, as long as that number (to a tenth); none for blank, "-" or 0.
        const numbers = cells.flatMap((row, j) => row.flatMap((c, s) => (/^\d+$/.test(c) && Number(c) > 0 ? [`${j}/${s}`] : [])));
        expect(bars.map((b) => `${b.category}/${b.series}`).toSorted()).toEqual(numbers.toSorted());
        for (const bar of bars)
          expect(Math.abs(bar.length - Number(cells[bar.category]![bar.series])), `${path}: bar ${bar.category}/${bar.series}`).toBeLessThan(0.1);
      }
    }
  });
});

describe('no chart code in the browser', () => {
  const astroJs = readdirSync(`${distDir}/_astro`).filter((f) => f.endsWith('.js'));
  // Strings of chart.js's own code that minifying keeps: an expando key and an option name.
  const MARKERS = ['$chartjs', 'categoryPercentage'];

  it('the markers are chart.js’s (control: its distributed code has them)', () => {
    const chartJs = readFileSync(new URL('../../node_modules/chart.js/dist/chart.js', import.meta.url), 'utf8');
    for (const marker of MARKERS) expect(chartJs).toContain(marker);
  });

  it('no script the site ships holds chart.js', () => {
    expect(astroJs.length).toBeGreaterThan(0);
    expect(astroJs.filter((f) => MARKERS.some((m) => readFileSync(`${distDir}/_astro/${f}`, 'utf8').includes(m)))).toEqual([]);
  });

  it('a chart page names no script that a text page does not', () => {
    const scripts = (path: string) => [...readPage(path).matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src);
    const onTextPage = new Set(scripts('/chapters/introduction/'));
    expect(onTextPage.size).toBeGreaterThan(0);
    for (const path of WITH_CHARTS)
      expect(
        scripts(path).filter((src) => !onTextPage.has(src)),
        path,
      ).toEqual([]);
  });
});
