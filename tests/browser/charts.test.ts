/**
 * Charts in real Chromium, as drawn in the build (inline SVG, no chart
 * code): what the drawing shows is the data's (bar lengths on the value
 * axis's scale and value labels, against the YAML in content/, not the
 * built page); every category label is a link to its page; each value shows
 * on hover, keyboard focus and tap, and Escape hides it; no two labels
 * overlap at 390 or 1440 px; nothing shifts from load to the end of the page
 * in either theme (with a control that a shift is seen); switching theme
 * recolours the drawing; it shows with JavaScript off and in print; and a
 * chart page read to its end fetches no script that a text page does not.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlappingPairs, type Box } from '../../src/charts/layout.ts';
import { AXE_OPTIONS, describeViolations, runAxe } from '../support/axe.ts';
import { openPage } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

type Cell = number | '-' | null;
interface FindingYaml {
  tables: Record<string, Cell | undefined>;
}
const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const finding = (group: string, driver: string) => yaml<FindingYaml>(`findings/${group}/${driver}.yaml`);
const groupName = (group: string) => yaml<{ name: string }>(`groups/${group}.yaml`).name;
const driverIds = () => readdirSync(new URL('../../content/drivers/', import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
const driverName = (driver: string) => yaml<{ name: string }>(`drivers/${driver}.yaml`).name;
/** How a chart prints a cell: as the thesis's table does, a blank cell "blank" (never 0, never more than the table says). */
const cellText = (cell: Cell) => (cell === null ? 'blank' : cell === '-' ? '"-"' : String(cell));
const driverOf = (href: string | null) => /^\/drivers\/([^/]+)\/$/.exec(href ?? '')?.[1];

const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] as const;

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
});

afterAll(async () => {
  await closeSession({ server, browser, context });
});

/** A context of its own (a width, a theme, touch, JavaScript off), reaching nothing but loopback. */
async function newView(options: BrowserContextOptions & { theme?: 'light' | 'dark' }): Promise<BrowserContext> {
  const { theme, ...rest } = options;
  const view = await browser.newContext({ ...rest, ...(theme ? { colorScheme: theme } : {}) });
  view.setDefaultTimeout(90_000);
  await view.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  // Every layout shift from the page's start: what moved, and by how much.
  await view.addInitScript((chosen) => {
    if (chosen) localStorage.setItem('starlight-theme', chosen);
    const w = window as unknown as { __shifts: string[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        startTime: number;
        sources: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }>;
      }>) {
        const rect = (r: DOMRect) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        const moved = entry.sources.map((s) => {
          const node = s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName);
          return `${node} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
        });
        w.__shifts.push(`${entry.value} at ${Math.round(entry.startTime)} ms, ${document.readyState}, scrolled ${Math.round(scrollY)} px: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, theme ?? null);
  return view;
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

/** Two animation frames from now: what the last change laid out has been painted (an event, not a delay). */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Scrolls to the end of the page a screen at a time, as a reader does (no pointer, no key). */
async function readToEnd(page: Page): Promise<void> {
  for (;;) {
    const atEnd = await page.evaluate(() => {
      scrollBy(0, innerHeight);
      return scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await frames(page);
    if (atEnd) return;
  }
}

/** The drawing a figure shows at this width (the other is display: none). */
const shownSvg = (figure: Locator) => figure.locator('svg.chart-svg:visible');

/** What a drawing shows, in CSS pixels: its frame, text boxes (tips left out), ticks, bars, value labels and category labels. */
function readDrawing(svg: Locator) {
  return svg.evaluate((el) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    };
    const data = (e: Element, name: string) => (e as SVGElement).dataset[name];
    const viewBox = (el as SVGSVGElement).viewBox.baseVal;
    return {
      frame: box(el),
      size: el.getAttribute('class')?.replace('chart-svg ', ''),
      scale: el.getBoundingClientRect().width / viewBox.width,
      texts: [...el.querySelectorAll('text')].filter((t) => !t.closest('.chart-tip')).map((t) => ({ text: t.textContent ?? '', box: box(t) })),
      ticks: [...el.querySelectorAll('.chart-tick')].map((t) => ({ value: Number(t.textContent), x: box(t).left + box(t).width / 2 })),
      bars: [...el.querySelectorAll('.chart-bar')].map((b) => ({ series: Number(data(b, 'series')), category: Number(data(b, 'category')), ...box(b) })),
      values: [...el.querySelectorAll('.chart-value')].map((v) => ({
        series: Number(data(v, 'series')),
        category: Number(data(v, 'category')),
        text: v.textContent,
      })),
      labels: [...el.querySelectorAll('.chart-label')].map((a) => ({
        category: Number(data(a, 'category')),
        href: a.getAttribute('href'),
        tip: a.getAttribute('aria-describedby'),
      })),
    };
  });
}

/** The lines a tip shows (wrapped lines joined again). */
const tipText = (tip: Locator) =>
  tip
    .locator('text')
    .allTextContents()
    .then((lines) => lines.join(' '));

/**
 * Per chart and width, one page visit checks: no layout shift from the
 * page's start to its end; the drawing for that width; no two labels
 * overlapping, none outside the drawing; each bar as long as its cell and
 * each value label the cell as printed; every category a link to its
 * driver's page, which exists; hovering a bar shows its category's cells,
 * with what Table 5 prints where that differs; keyboard focus on a category
 * shows them too, visibly focused, and Escape hides them; axe finds nothing;
 * the dark theme recolours the drawing.
 */
describe('reading a chart', () => {
  /** The table each chart draws, and its series (host groups) in column order. */
  const CHARTS = [
    { path: '/', table: 'table9', groups: GROUPS },
    { path: '/compare/afghan-taliban-vs-is-fighters/', table: 'table5', groups: ['afghan-taliban', 'is-fighters'] },
  ] as const;

  for (const width of [390, 1440]) {
    for (const chart of CHARTS) {
      it(`${chart.path} at ${width} px: the data's bars and values, links, values on hover and focus, no overlap, no shift`, async () => {
        const view = await newView({ viewport: { width, height: 900 } });
        try {
          const opened = await openPage(view, server.origin + chart.path);
          const { page } = opened;
          await readToEnd(page);
          expect(await shifts(page), 'layout shifts from the start to the end of the page').toEqual([]);

          const figure = page.locator('figure[data-chart]').first();
          await figure.scrollIntoViewIfNeeded();
          const svg = shownSvg(figure);
          const drawing = await readDrawing(svg);
          expect(drawing.size).toBe(width < 600 ? 'chart-svg-narrow' : 'chart-svg-wide');
          expect(drawing.frame.width).toBeLessThanOrEqual(width);

          // Labels: none overlapping another, all inside the drawing.
          const drivers = driverIds();
          expect(drawing.texts.length).toBeGreaterThan(drivers.length * (chart.groups.length + 1));
          const pairs = overlappingPairs(drawing.texts.map((t) => t.box)).map(([a, b]) => `${drawing.texts[a]!.text} / ${drawing.texts[b]!.text}`);
          expect(pairs, 'overlapping labels').toEqual([]);
          const frame: Box = drawing.frame;
          const outside = drawing.texts.filter(
            ({ box: b }) =>
              b.left < frame.left ||
              b.top < frame.top ||
              b.left + b.width > frame.left + frame.width + 0.5 ||
              b.top + b.height > frame.top + frame.height + 0.5,
          );
          expect(outside.map((t) => t.text)).toEqual([]);

          // Every category is a link to its driver's page, each driver once; the page exists.
          const hrefs = new Map(drawing.labels.map((l) => [l.category, l.href]));
          expect(drawing.labels.map((l) => driverOf(l.href)).toSorted()).toEqual(drivers.toSorted());
          expect(await page.evaluate(async (href) => (await fetch(href)).status, drawing.labels[0]!.href!)).toBe(200);

          // The data: each cell's value label as printed; each number above 0 a bar that long on the axis's scale.
          const cellOf = (category: number, series: number) => finding(chart.groups[series]!, driverOf(hrefs.get(category)!)!).tables[chart.table] ?? null;
          expect(drawing.values.map((v) => `${v.category}/${v.series}: ${v.text}`).toSorted()).toEqual(
            drivers.flatMap((_, j) => chart.groups.map((_, s) => `${j}/${s}: ${cellText(cellOf(j, s))}`)).toSorted(),
          );
          const [zero, last] = [drawing.ticks[0]!, drawing.ticks.at(-1)!];
          const perUnit = (last.x - zero.x) / (last.value - zero.value);
          const numbers = drivers.flatMap((_, j) =>
            chart.groups.flatMap((_, s) => (typeof cellOf(j, s) === 'number' && cellOf(j, s) !== 0 ? [`${j}/${s}`] : [])),
          );
          expect(drawing.bars.map((b) => `${b.category}/${b.series}`).toSorted()).toEqual(numbers.toSorted());
          for (const bar of drawing.bars) {
            // The fill ends a border's width (1 unit of the drawing) before the value.
            const value = (bar.left + bar.width + drawing.scale - zero.x) / perUnit;
            expect(Math.abs(value - (cellOf(bar.category, bar.series) as number)), `bar ${bar.category}/${bar.series}`).toBeLessThan(0.15);
          }

          // Hover: each bar of the first two categories, and each whose cell Table 5 prints otherwise, shows its category's tip.
          const tips = new Map(drawing.labels.map((l) => [l.category, svg.locator(`[id="${l.tip}"]`)]));
          const tipLines = (category: number) =>
            [driverName(driverOf(hrefs.get(category)!)!), ...chart.groups.map((_, s) => expectedLine(category, s))].join(' ');
          const expectedLine = (category: number, series: number) => {
            const group = chart.groups[series]!;
            const { tables } = finding(group, driverOf(hrefs.get(category)!)!);
            const [shown, table5] = [cellText(tables[chart.table] ?? null), cellText(tables['table5'] ?? null)];
            return `${groupName(group)}: ${shown}${table5 !== shown ? ` (Table 5 prints ${table5})` : ''}`;
          };
          const hits = svg.locator('.chart-hit');
          const targets = (
            await hits.evaluateAll((els) => els.map((el) => [Number((el as SVGElement).dataset['category']), Number((el as SVGElement).dataset['series'])]))
          ).map(([category, series], i) => ({ i, category: category!, series: series! }));
          expect(targets).toHaveLength(drivers.length * chart.groups.length);
          const noted = targets.filter(({ category, series }) => expectedLine(category, series).includes('Table 5 prints'));
          expect(noted.length > 0, 'a blank cell of Table 9 where Table 5 prints 0 (from the data)').toBe(chart.table === 'table9');
          for (const { i, category, series } of targets.filter((t) => t.category < 2 || noted.includes(t))) {
            const tip = tips.get(category)!;
            await hits.nth(i).hover();
            await expect.poll(() => tip.isVisible()).toBe(true);
            const shown = await tipText(tip);
            expect(shown).toBe(tipLines(category));
            expect(shown).toContain(expectedLine(category, series));
            expect(await svg.locator('.chart-tip:visible').count()).toBe(1);
          }
          await page.mouse.move(0, 0);
          await expect.poll(() => svg.locator('.chart-tip:visible').count()).toBe(0);

          // Keyboard: focus the first category, Tab to the second; its values show, the focus ring too; Escape hides them.
          const categories = svg.locator('a.chart-label');
          await categories.first().focus();
          await page.keyboard.press('Tab');
          const second = categories.nth(1);
          expect(await second.evaluate((a) => a === document.activeElement && a.matches(':focus-visible'))).toBe(true);
          expect(await second.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
          const tip = svg.locator(`[id="${await second.getAttribute('aria-describedby')}"]`);
          await expect.poll(() => tip.isVisible()).toBe(true);
          expect(await tip.getAttribute('role')).toBe('tooltip');
          expect(await tipText(tip)).toBe(tipLines(1));
          if (width === 1440) expect(describeViolations((await runAxe(page)).violations), 'axe, light theme, tip open').toEqual([]);
          await page.keyboard.press('Escape');
          await expect.poll(() => tip.isVisible()).toBe(false);
          expect(await second.evaluate((a) => a === document.activeElement), 'Escape keeps focus where it was').toBe(true);

          // Screen readers: the drawing is labelled by the caption, described by its text alternative; the table stays.
          const [labelledBy, describedBy] = [await svg.getAttribute('aria-labelledby'), await svg.getAttribute('aria-describedby')];
          expect(await page.locator(`[id="${labelledBy}"]`).textContent()).toContain(await figure.locator('figcaption').textContent());
          expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/^Grouped bar chart of Table/);
          expect(await figure.locator('details table tbody tr').count()).toBe(drivers.length);

          if (width === 1440) {
            // The dark theme, as Starlight's theme picker sets it: the drawing's text and lines take the theme's colours, the bars keep theirs.
            const colours = () =>
              svg.evaluate((el) => {
                const style = (selector: string) => getComputedStyle(el.querySelector(selector)!);
                return {
                  page: getComputedStyle(document.body).color,
                  tick: style('.chart-tick').fill,
                  value: style('.chart-value').fill,
                  link: style('a.chart-label text').fill,
                  grid: style('.chart-grid').stroke,
                  outline: style('.chart-outline').fill,
                  bar: style('.chart-bar').fill,
                };
              });
            const light = await colours();
            await page.emulateMedia({ colorScheme: 'dark' });
            await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
            const dark = await colours();
            for (const theme of [light, dark]) expect([theme.tick, theme.value]).toEqual([theme.page, theme.page]);
            expect(dark.page).not.toBe(light.page);
            expect(dark.link).not.toBe(light.link);
            expect(dark.grid).not.toBe(light.grid);
            expect([light.outline, dark.outline]).toEqual(['rgba(0, 0, 0, 0.55)', 'rgba(0, 0, 0, 0)']);
            expect(dark.bar).toBe(light.bar);
            await categories.first().focus();
            const axe = await runAxe(page, { ...AXE_OPTIONS, runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } });
            expect(describeViolations(axe.violations), 'axe, dark theme').toEqual([]);
          }
          expect(opened.consoleErrors).toEqual([]);
          expect(opened.pageErrors).toEqual([]);
        } finally {
          await view.close();
        }
      });
    }
  }
});

describe('no layout shift', () => {
  for (const width of [390, 1440]) {
    it(`/compare/afghan-taliban-vs-is-fighters/ at ${width} px in the dark theme: none from load to the end (control: a block inserted above the chart is seen)`, async () => {
      const view = await newView({ viewport: { width, height: 900 }, theme: 'dark' });
      try {
        const opened = await openPage(view, `${server.origin}/compare/afghan-taliban-vs-is-fighters/`);
        const { page } = opened;
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
        await readToEnd(page);
        expect(await shifts(page)).toEqual([]);
        // Control: the observer sees a shift when there is one (the chart's figure pushed down by 40 px).
        const figure = page.locator('figure[data-chart]').first();
        await figure.scrollIntoViewIfNeeded();
        await figure.evaluate((f) => f.before(Object.assign(document.createElement('div'), { style: 'height: 40px' })));
        await frames(page);
        expect((await shifts(page)).length).toBeGreaterThan(0);
      } finally {
        await view.close();
      }
    });
  }
});

describe('a tap on a phone', () => {
  it('shows the value of the bar tapped, and hides it when the reader taps elsewhere', async () => {
    const view = await newView({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    try {
      const opened = await openPage(view, `${server.origin}/drivers/ethnic-identity/`);
      const figure = opened.page.locator('figure[data-chart]').first();
      await figure.scrollIntoViewIfNeeded();
      const svg = shownSvg(figure);
      expect(await svg.getAttribute('class')).toBe('chart-svg chart-svg-narrow');
      const hit = svg.locator('.chart-hit').first();
      const category = await hit.getAttribute('data-category');
      const tip = svg.locator(`[id="${await svg.locator(`.chart-label[data-category="${category}"]`).getAttribute('aria-describedby')}"]`);
      expect(await tip.isVisible()).toBe(false);
      await hit.tap();
      await expect.poll(() => tip.isVisible()).toBe(true);
      // A driver chart's one series is the interviewees, its categories the host groups in Table 5's order.
      const group = GROUPS[Number(category)]!;
      expect(await tipText(tip)).toBe(`${groupName(group)} Interviewees (of 22): ${cellText(finding(group, 'ethnic-identity').tables['table5'] ?? null)}`);
      await figure.locator('figcaption').tap();
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await view.close();
    }
  });
});

describe('without JavaScript, and in print', () => {
  it('/data/ shows Table 9 drawn, with its links, and prints it with its table', async () => {
    const view = await newView({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    try {
      const opened = await openPage(view, `${server.origin}/data/`, { waitUntil: 'load' });
      const { page } = opened;
      const figure = page.locator('figure[data-chart]').first();
      const shown = async () => {
        const svg = shownSvg(figure);
        const box = await svg.boundingBox();
        return { height: box?.height ?? 0, bars: await svg.locator('.chart-bar').count(), links: await svg.locator('a.chart-label').count() };
      };
      const numbers = driverIds().flatMap((d) =>
        GROUPS.filter((g) => typeof finding(g, d).tables['table9'] === 'number' && finding(g, d).tables['table9'] !== 0),
      );
      const onScreen = await shown();
      expect(onScreen.height).toBeGreaterThan(200);
      expect([onScreen.bars, onScreen.links]).toEqual([numbers.length, driverIds().length]);
      await page.emulateMedia({ media: 'print' });
      expect((await shown()).bars).toBe(numbers.length);
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect(await figure.locator('summary').isVisible()).toBe(false);
    } finally {
      await view.close();
    }
  });
});

describe('no chart code', () => {
  /** The scripts a page fetched from the site (read to its end), and their decoded bytes, from dist/. */
  async function scriptsRead(path: string): Promise<{ files: string[]; bytes: number }> {
    const opened = await openPage(context, server.origin + path);
    try {
      await readToEnd(opened.page);
      await opened.settled();
      const files = [...new Set(opened.requests.map((url) => new URL(url).pathname).filter((p) => p.endsWith('.js')))];
      return { files, bytes: files.reduce((sum, f) => sum + statSync(`${distDir}${f}`).size, 0) };
    } finally {
      await opened.close();
    }
  }

  it('a chart page read to its end fetches no script a text page does not, none of them chart.js', async () => {
    const text = await scriptsRead('/chapters/introduction/');
    expect(text.files.length).toBeGreaterThan(0);
    for (const path of ['/data/', '/interviews/', '/groups/iskp/']) {
      const read = await scriptsRead(path);
      expect(
        read.files.filter((f) => !text.files.includes(f)),
        path,
      ).toEqual([]);
      expect(read.bytes, path).toBeLessThanOrEqual(text.bytes);
      for (const file of read.files) expect(readFileSync(`${distDir}${file}`, 'utf8'), file).not.toContain('$chartjs');
    }
  });
});

describe('the home page while it arrives', () => {
  it('paints the "On this page" column where it ends up even before the main pane has arrived (Lighthouse\'s desktop viewport)', async () => {
    // A browser may paint a long page before all of it is parsed; the column comes before the main pane in the HTML.
    const view = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    try {
      const opened = await openPage(view, `${server.origin}/`);
      const column = opened.page.locator('.right-sidebar');
      const left = () => column.evaluate((el) => el.getBoundingClientRect().left);
      const arrived = await left();
      expect(arrived).toBeGreaterThan(1350 / 2);
      await opened.page.evaluate(() => document.querySelector('.main-pane')?.remove());
      expect(await left(), 'the column moves when the main pane arrives').toBe(arrived);
    } finally {
      await view.close();
    }
  });
});
