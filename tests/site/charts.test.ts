/**
 * The charts as built, on every page: each chart is where the issue puts it,
 * its table holds the numbers of the data collections (read here from the
 * YAML, not from the site's code), and no page refers to chart code before a
 * chart needs it: pages without charts load no chart script at all, pages
 * with charts load only the small loader, and no page preloads chart.js.
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

/** The charts of a page: their table rows (heading, then cells). */
function charts(path: string): string[][][] {
  const figures = all(parse(readPage(path)), (el) => el.tagName === 'figure' && attr(el, 'data-chart') !== undefined);
  return figures.map((f) =>
    all(f, (el) => el.tagName === 'tr' && all(el, (c) => c.tagName === 'td').length > 0).map((tr) =>
      all(tr, (c) => c.tagName === 'th' || c.tagName === 'td').map((c) => text(c).trim()),
    ),
  );
}

const astroJs = readdirSync(`${distDir}/_astro`).filter((f) => f.endsWith('.js'));
const chartCode = astroJs.filter((f) => /chartLayout|transferControlToOffscreen/.test(readFileSync(`${distDir}/_astro/${f}`, 'utf8')));
const loader = astroJs.find((f) => f.startsWith('BarChart.astro'));

describe('where the charts are', () => {
  const WITH_CHARTS = [
    '/',
    '/data/',
    '/interviews/',
    ...['kashmir', 'afghanistan', 'syria'].map((c) => `/case-studies/${c}/`),
    ...DRIVERS.map((d) => `/drivers/${d}/`),
    ...GROUPS.map((g) => `/groups/${g}/`),
    ...PAIRS.map(([a, b]) => `/compare/${a}-vs-${b}/`),
  ];

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

describe('no chart code before a chart needs it', () => {
  it('finds the chart code in the build', () => {
    expect(chartCode.length).toBeGreaterThanOrEqual(3); // worker, main-thread fallback, offscreen
    expect(loader).toBeDefined();
  });

  it.each(listPages())('%s', (path) => {
    const html = readPage(path);
    // chart.js and its drawing code are only ever imported by the loader, never named by a page.
    for (const file of chartCode) expect(html).not.toContain(file);
    expect(html).not.toMatch(/rel="modulepreload"/);
    expect(html.includes(`/_astro/${loader}`)).toBe(charts(path).length > 0);
  });
});
