/**
 * Charts in real Chromium: nothing of chart.js is fetched before the reader
 * scrolls to a chart; scrolled into view, the chart draws in its reserved box
 * (no layout shift), with the numbers of the data collections in its table
 * and its bars in its groups' colours, without console errors; it re-draws
 * for the dark theme; a page without charts fetches no chart code at all.
 *
 * The expected numbers are read from the YAML in content/, not from the
 * built page, so a chart that drew the wrong cells would fail here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlappingPairs, type Box } from '../../src/charts/layout.ts';
import { GROUP_COLOURS } from '../../src/charts/palette.ts';
import { AXE_OPTIONS, describeViolations, runAxe } from '../support/axe.ts';
import { distDir } from '../support/dist.ts';
import { openPage, type OpenedPage } from '../support/browser.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

type Cell = number | '-' | null;
interface FindingYaml {
  tables: Record<string, Cell | undefined>;
  caseStudyRowName?: string;
}
const finding = (group: string, driver: string) =>
  load(readFileSync(new URL(`../../content/findings/${group}/${driver}.yaml`, import.meta.url), 'utf8')) as FindingYaml;
const groupName = (group: string) => (load(readFileSync(new URL(`../../content/groups/${group}.yaml`, import.meta.url), 'utf8')) as { name: string }).name;
const driverIds = () => readdirSync(new URL('../../content/drivers/', import.meta.url)).map((f) => f.replace(/\.yaml$/, ''));
const driverName = (driver: string) => (load(readFileSync(new URL(`../../content/drivers/${driver}.yaml`, import.meta.url), 'utf8')) as { name: string }).name;
/** How a chart prints a cell: as the thesis's table does, a blank cell "blank" (never 0, never more than the table says). */
const cellText = (cell: Cell) => (cell === null ? 'blank' : cell === '-' ? '"-"' : String(cell));
/** A cell of Tables 6-9 as the chart's table shows it: as printed, and where Table 5 prints it otherwise, that too. */
const shownCell = (tables: Record<string, Cell | undefined>, table: string) => {
  const [printed, table5] = [cellText(tables[table] ?? null), cellText(tables['table5'] ?? null)];
  return printed === table5 ? printed : `${printed} (Table 5 prints ${table5})`;
};

const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] as const;

/**
 * The built chart code, found by content rather than by hashed name: the
 * chunks that hold chart.js (the worker, and the main-thread fallback) and the
 * chunk that hands canvases to the worker; and the loader every chart page has.
 */
const astroJs = readdirSync(`${distDir}/_astro`).filter((f) => f.endsWith('.js'));
const read = (f: string) => readFileSync(`${distDir}/_astro/${f}`, 'utf8');
const chartJsChunks = astroJs.filter((f) => read(f).includes('chartLayout'));
const offscreenChunk = astroJs.find((f) => read(f).includes('transferControlToOffscreen'));
const worker = chartJsChunks.find((f) => f.startsWith('chart-worker'));
const loader = astroJs.find((f) => f.startsWith('BarChart.astro'));
const lazyChartCode = [...chartJsChunks, ...(offscreenChunk ? [offscreenChunk] : [])];
const fetched = (requests: readonly string[], files: readonly string[]) => requests.filter((url) => files.some((f) => url.endsWith(`/_astro/${f}`)));

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
});

afterAll(async () => {
  await closeSession({ server, browser, context });
});

/**
 * Resolves when the chart reports itself drawn (data-drawn="true", set by
 * src/charts/ once its canvas is painted); fails if it reports an error.
 * Waits on the attribute changing, not on a clock.
 */
function drawn(figure: Locator): Promise<void> {
  return figure.evaluate(
    (f: HTMLElement) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (f.dataset['drawn'] === 'true') return (resolve(), true);
          if (f.dataset['chartError'] === 'true') return (reject(new Error('the chart reported an error instead of drawing')), true);
          return false;
        };
        if (check()) return;
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(f, { attributes: true, attributeFilter: ['data-drawn', 'data-chart-error'] });
      }),
  );
}

/** Sums the layout shifts the page records from now on. */
async function watchLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/**
 * Which of `colours` the chart shows, and how many of its pixels are not the
 * page background. Read from a screenshot: a canvas drawn by a worker
 * (OffscreenCanvas) cannot be read back on the page.
 */
async function canvasPixels(canvas: Locator, colours: readonly string[]) {
  const png = (await canvas.screenshot({ animations: 'disabled' })).toString('base64');
  return canvas.page().evaluate(
    async ([data, wanted]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
      const hex = (i: number) => `#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
      const background = hex(0);
      const seen = new Set<string>();
      let painted = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const colour = hex(i);
        seen.add(colour);
        if (colour !== background) painted++;
      }
      return { painted, present: wanted.filter((w) => seen.has(w.toUpperCase())) };
    },
    [png, colours] as const,
  );
}

/** The chart's own table: row heading → cells. */
function tableRows(figure: Locator) {
  return figure
    .locator('details table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent?.trim() ?? '', ...[...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')]),
    );
}

/**
 * Opens `path`, checks that no chart code came before scrolling, scrolls the
 * first chart into view, and checks that it draws in place without errors.
 */
async function scrollToChart(path: string): Promise<{ opened: OpenedPage; figure: Locator; canvas: Locator }> {
  const opened = await openPage(context, server.origin + path);
  const { page } = opened;
  const figure = page.locator('figure[data-chart]').first();
  // Otherwise the test would prove nothing about loading before scrolling.
  expect(await figure.evaluate((f) => f.getBoundingClientRect().top > innerHeight), 'chart starts below the first screen').toBe(true);
  expect(fetched(opened.requests, lazyChartCode), 'chart code fetched before scrolling').toEqual([]);
  expect(await figure.locator('canvas').count()).toBe(0);
  const placeholder = figure.locator('.chart-placeholder');
  expect(await placeholder.textContent()).toMatch(/of 22 interviewees/);

  const boxBefore = await figure.locator('.chart-box').boundingBox();
  const shifts = await watchLayoutShifts(page);
  await figure.locator('.chart-box').scrollIntoViewIfNeeded();
  await drawn(figure);
  const canvas = figure.locator('canvas');
  await expect.poll(async () => (await canvasPixels(canvas, [])).painted).toBeGreaterThan(1000);

  // Drawn by the worker: chart.js came once, in the worker's file, not the main-thread fallback.
  expect(fetched(opened.requests, chartJsChunks)).toEqual([`${server.origin}/_astro/${worker}`]);
  expect((await figure.locator('.chart-box').boundingBox())?.height, 'the reserved box keeps its height').toBe(boxBefore?.height);
  expect(await shifts(), 'layout shift while drawing').toBe(0);
  expect(await canvas.getAttribute('role')).toBe('img');
  expect(await canvas.getAttribute('aria-label')).toBe(await figure.getAttribute('data-chart').then((json) => (JSON.parse(json!) as { alt: string }).alt));
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  return { opened, figure, canvas };
}

it('finds the built chart code: worker, main-thread fallback, offscreen chunk, loader', () => {
  expect(worker).toBeDefined();
  expect(chartJsChunks).toHaveLength(2);
  expect(offscreenChunk).toBeDefined();
  expect(loader).toBeDefined();
});

describe('a driver page', () => {
  // Ethnic identity: numbers for three groups, blank for two.
  const driver = 'ethnic-identity';

  it('draws its chart when scrolled to, bars in the groups’ colours, the table equal to Table 5', async () => {
    const { opened, figure, canvas } = await scrollToChart(`/drivers/${driver}/`);
    try {
      const expected = GROUPS.map((g) => [groupName(g), cellText(finding(g, driver).tables['table5'] ?? null)]);
      expect(await tableRows(figure)).toEqual(expected);
      expect(expected.some(([, text]) => text === 'blank')).toBe(true);
      const reported = GROUPS.filter((g) => typeof finding(g, driver).tables['table5'] === 'number' && finding(g, driver).tables['table5'] !== 0);
      const { present } = await canvasPixels(
        canvas,
        GROUPS.map((g) => GROUP_COLOURS[g]),
      );
      expect(present.toSorted()).toEqual(reported.map((g) => GROUP_COLOURS[g]).toSorted());
    } finally {
      await opened.close();
    }
  });

  it('re-draws in the dark theme', async () => {
    const { opened, canvas } = await scrollToChart(`/drivers/${driver}/`);
    try {
      const shot = async () => (await canvas.screenshot()).toString('base64');
      const light = await shot();
      await opened.page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
      await expect.poll(shot).not.toBe(light);
      expect((await canvasPixels(canvas, [GROUP_COLOURS['afghan-taliban']])).present).toEqual([GROUP_COLOURS['afghan-taliban']]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('a case-study page', () => {
  it('draws Table 8 after the table, with "-" and blank cells as printed', async () => {
    const { opened, figure, canvas } = await scrollToChart('/case-studies/syria/');
    try {
      // Every row of Table 8 in the data (a driver with a table8 cell), and nothing else, as the data has it.
      const expected = driverIds().flatMap((d) => {
        const [is, shia] = [finding('is-fighters', d), finding('shia-fighters', d)];
        if (is.tables['table8'] === undefined && shia.tables['table8'] === undefined) return [];
        const name = is.caseStudyRowName ?? shia.caseStudyRowName ?? driverName(d);
        return [[name, shownCell(is.tables, 'table8'), shownCell(shia.tables, 'table8')]];
      });
      const rows = await tableRows(figure);
      expect(rows.toSorted()).toEqual(expected.toSorted());
      expect(rows.flat().some((c) => c.startsWith('"-"'))).toBe(true);
      // The chart stands right after Table 8 (only its "Cite Table 8" link may come between).
      expect(
        await figure.evaluate((f) => {
          let el = f.previousElementSibling;
          if (el?.classList.contains('cite-table-link')) el = el.previousElementSibling;
          return el?.querySelector('table')?.id;
        }),
      ).toBe('table-8');
      expect((await canvasPixels(canvas, [GROUP_COLOURS['is-fighters'], GROUP_COLOURS['shia-fighters']])).present).toHaveLength(2);
    } finally {
      await opened.close();
    }
  });

  it('is readable on a phone: the chart fits the screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
    try {
      const opened = await openPage(phone, `${server.origin}/case-studies/afghanistan/`);
      const figure = opened.page.locator('figure[data-chart]').first();
      await figure.locator('.chart-box').scrollIntoViewIfNeeded();
      await drawn(figure);
      const box = await figure.locator('canvas').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('the List of Interviews', () => {
  it('draws which interviewee is counted for which driver as stacked bars, every host group in its colour', async () => {
    const opened = await openPage(context, `${server.origin}/interviews/`);
    try {
      const figure = opened.page.locator('figure[data-chart]').nth(1);
      expect(await figure.locator('figcaption').textContent()).toMatch(/Findings each interviewee is counted in/);
      await figure.locator('.chart-box').scrollIntoViewIfNeeded();
      await drawn(figure);
      const rows = await tableRows(figure);
      expect(rows).toHaveLength(22);
      // Every host group has someone counted for it, so each of the five colours is in the stacks.
      for (const [i] of GROUPS.entries()) expect(rows.some((row) => Number(row[i + 1]) > 0)).toBe(true);
      const canvas = figure.locator('canvas');
      await expect
        .poll(
          async () =>
            (
              await canvasPixels(
                canvas,
                GROUPS.map((g) => GROUP_COLOURS[g]),
              )
            ).present.length,
        )
        .toBe(GROUPS.length);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('a browser that cannot draw in a worker', () => {
  it('draws on the main thread instead, from the fallback chunk', async () => {
    const old = await browser.newContext();
    // As in a browser without OffscreenCanvas for canvas elements.
    await old.addInitScript(() => {
      delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
    });
    try {
      const opened = await openPage(old, `${server.origin}/drivers/recruitment/`);
      const figure = opened.page.locator('figure[data-chart]').first();
      expect(fetched(opened.requests, lazyChartCode)).toEqual([]);
      await figure.locator('.chart-box').scrollIntoViewIfNeeded();
      await drawn(figure);
      const mainThread = chartJsChunks.find((f) => f !== worker)!;
      expect(fetched(opened.requests, chartJsChunks)).toEqual([`${server.origin}/_astro/${mainThread}`]);
      const canvas = figure.locator('canvas');
      expect(
        (
          await canvasPixels(
            canvas,
            GROUPS.map((g) => GROUP_COLOURS[g]),
          )
        ).present,
      ).toHaveLength(5);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await old.close();
    }
  });
});

describe('pages without charts and with a chart on the first screen', () => {
  it('a text page fetches no chart code, even when scrolled to the end', async () => {
    const opened = await openPage(context, `${server.origin}/chapters/introduction/`);
    try {
      // No chart on the page, so nothing to draw; scrolling must not fetch chart code either.
      expect(await opened.page.locator('figure[data-chart]').count()).toBe(0);
      await opened.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      await opened.settled();
      expect(fetched(opened.requests, [...lazyChartCode, loader!])).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('/data/ draws Table 9 on its first screen without scrolling', async () => {
    const opened = await openPage(context, `${server.origin}/data/`);
    try {
      const figure = opened.page.locator('figure[data-chart]').first();
      expect(await figure.evaluate((f) => f.getBoundingClientRect().top < innerHeight)).toBe(true);
      await drawn(figure);
      expect(await opened.page.evaluate(() => scrollY)).toBe(0);
      const rows = await tableRows(figure);
      expect(rows).toHaveLength(11);
      for (const [name, ...cells] of rows) {
        const d = driverIds().find((id) => driverName(id) === name)!;
        expect(cells).toEqual(GROUPS.map((g) => shownCell(finding(g, d).tables, 'table9')));
      }
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/**
 * Reading a chart: the HTML laid over the canvas (src/charts/overlay.ts).
 * Per chart and width, one page visit checks: no layout shift from the
 * page's start through the drawing; no two labels (category links, value
 * labels) overlapping, none outside the chart; every category a link to its
 * entity page, which exists; hovering each bar shows its series and value as
 * the data files have them; keyboard focus on a category shows its values,
 * visibly focused; Escape closes the tooltip.
 */
describe('reading a chart', () => {
  /** The table each chart draws, and its series (host groups) in column order. */
  const CHARTS = [
    { path: '/', table: 'table9', groups: GROUPS, nth: 0 },
    { path: '/compare/afghan-taliban-vs-is-fighters/', table: 'table5', groups: ['afghan-taliban', 'is-fighters'], nth: 0 },
  ] as const;

  const driverOf = (href: string | null) => /^\/drivers\/([^/]+)\/$/.exec(href ?? '')?.[1];

  for (const width of [390, 1440]) {
    for (const chart of CHARTS) {
      it(`${chart.path} at ${width} px: values on hover and focus, links to the drivers, no overlap, no shift`, async () => {
        const view = await browser.newContext({ viewport: { width, height: 900 } });
        // From the page's start: what moved, and by how much.
        await view.addInitScript(() => {
          const w = window as unknown as { __shifts: string[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as Array<{
              value: number;
              sources: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }>;
            }>) {
              const moved = entry.sources.map((s) => {
                const node = s.node instanceof Element ? `${s.node.localName}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName);
                const rect = (r: DOMRect) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
                return `${node} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
              });
              w.__shifts.push(`${entry.value}: ${moved.join('; ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        try {
          const opened = await openPage(view, server.origin + chart.path);
          const { page } = opened;
          const figure = page.locator('figure[data-chart]').nth(chart.nth);
          await figure.locator('.chart-box').scrollIntoViewIfNeeded();
          await drawn(figure);
          expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), 'layout shifts up to and while drawing').toEqual([]);

          // Labels: none overlapping another, all inside the chart's box.
          const labels = await figure.locator('.chart-category, .chart-value').evaluateAll((els) =>
            els.map((el) => {
              const r = el.getBoundingClientRect();
              const box = el.closest('.chart-box')!.getBoundingClientRect();
              return {
                text: el.textContent,
                left: r.left,
                top: r.top,
                width: r.width,
                height: r.height,
                inside: r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom,
              };
            }),
          );
          const driverCount = driverIds().length;
          expect(labels.length).toBe(driverCount + driverCount * chart.groups.length);
          const pairs = overlappingPairs(labels as Box[]).map(([a, b]) => `${labels[a]!.text} / ${labels[b]!.text}`);
          expect(pairs, 'overlapping labels').toEqual([]);
          expect(labels.filter((l) => !l.inside).map((l) => l.text)).toEqual([]);

          // Every category is a link to its driver's page, each driver once; the page exists.
          const categories = figure.locator('a.chart-category');
          const hrefs = await categories.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(hrefs.map(driverOf).toSorted()).toEqual(driverIds().toSorted());
          expect(await page.evaluate(async (href) => (await fetch(href)).status, hrefs[0]!)).toBe(200);

          // Hover: each bar of the first two categories, and every value label (a blank cell's label is its only target).
          const tip = figure.locator('.chart-tip');
          // The cell as its table prints it, and what Table 5 prints for it where that differs (Table 9's blanks for Table 5's zeros).
          const expectedLine = (category: number, series: number) => {
            const driver = driverOf(hrefs[category]!)!;
            const group = chart.groups[series]!;
            const { tables } = finding(group, driver);
            const [shown, table5] = [cellText(tables[chart.table] ?? null), cellText(tables['table5'] ?? null)];
            return `${groupName(group)}: ${shown}${table5 !== shown ? ` (Table 5 prints ${table5})` : ''}`;
          };
          const targets = figure.locator('.chart-bar, .chart-value');
          const hovered = await targets.evaluateAll((els) =>
            els.flatMap((el, i) => {
              const { width: w } = el.getBoundingClientRect();
              const [category, series] = [Number((el as HTMLElement).dataset['category']), Number((el as HTMLElement).dataset['series'])];
              return w > 0 && (el.classList.contains('chart-value') || category < 2) ? [{ i, category, series }] : [];
            }),
          );
          expect(hovered.length).toBeGreaterThan(labels.length - driverCount);
          for (const { i, category, series } of hovered) {
            await targets.nth(i).hover();
            await expect.poll(() => tip.isVisible()).toBe(true);
            const lines = await tip.locator(':scope > *').allTextContents();
            expect(lines).toEqual([driverName(driverOf(hrefs[category]!)!), expectedLine(category, series)]);
          }
          await page.mouse.move(0, 0);
          await expect.poll(() => tip.isVisible()).toBe(false);
          const notes = hovered.filter(({ category, series }) => expectedLine(category, series).includes('Table 5 prints'));
          expect(notes.length > 0, 'a blank cell of Table 9 where Table 5 prints 0 (from the data)').toBe(chart.table === 'table9');

          // Keyboard: focus the first category, Tab to the second; its values show, the focus ring too; Escape closes.
          await categories.first().focus();
          await page.keyboard.press('Tab');
          const second = categories.nth(1);
          expect(await second.evaluate((a) => a === document.activeElement && a.matches(':focus-visible'))).toBe(true);
          expect(await second.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
          await expect.poll(() => tip.isVisible()).toBe(true);
          expect(await tip.locator(':scope > *').allTextContents()).toEqual([
            driverName(driverOf(hrefs[1]!)!),
            ...chart.groups.map((_, series) => expectedLine(1, series)),
          ]);
          expect(await second.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
          if (width === 1440) expect(describeViolations((await runAxe(page)).violations), 'axe, light theme, tooltip open').toEqual([]);
          await page.keyboard.press('Escape');
          await expect.poll(() => tip.isVisible()).toBe(false);
          expect(await second.evaluate((a) => a === document.activeElement), 'Escape keeps focus where it was').toBe(true);

          // Screen readers keep the canvas's text alternative and the table.
          expect(await figure.locator('canvas').getAttribute('aria-label')).toBeTruthy();
          expect(await tableRows(figure)).toHaveLength(driverCount);

          if (width === 1440) {
            // The dark theme: what Starlight's theme picker does; the overlay's colours are the theme's.
            await page.emulateMedia({ colorScheme: 'dark' });
            await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
            await categories.first().focus();
            const dark = await runAxe(page, { ...AXE_OPTIONS, runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } });
            expect(describeViolations(dark.violations), 'axe, dark theme').toEqual([]);
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
