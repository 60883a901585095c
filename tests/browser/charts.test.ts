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
import { GROUP_COLOURS } from '../../src/charts/palette.ts';
import { distDir } from '../support/dist.ts';
import { launchBrowser, newLoopbackContext, openPage, type OpenedPage } from '../support/browser.ts';
import { startServer, type StaticServer } from '../support/serve.ts';

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
/** How a chart's table prints a cell: a blank cell is "not reported", never 0. */
const cellText = (cell: Cell) => (cell === null ? 'not reported' : cell === '-' ? '"-"' : String(cell));

const GROUPS = ['afghan-taliban', 'iskp', 'kashmiri-fighters', 'is-fighters', 'shia-fighters'] as const;

/** The built chart chunk (draw.ts + chart.js) and the loader, found by content rather than by hashed name. */
const astroJs = readdirSync(`${distDir}/_astro`).filter((f) => f.endsWith('.js'));
const chartChunk = astroJs.find((f) => readFileSync(`${distDir}/_astro/${f}`, 'utf8').includes('barLabels'));
const loader = astroJs.find((f) => f.startsWith('BarChart.astro'));
const isChartCode = (url: string) => (chartChunk !== undefined && url.endsWith(`/_astro/${chartChunk}`)) || (loader !== undefined && url.endsWith(`/_astro/${loader}`));

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newLoopbackContext(browser);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

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

/** Which of `colours` the canvas has painted, and how many pixels it painted at all. */
function canvasPixels(canvas: Locator, colours: readonly string[]) {
  return canvas.evaluate((el, wanted) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const hex = new Set<string>();
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      painted++;
      if (data[i + 3] === 255) hex.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`.toUpperCase());
    }
    return { painted, present: wanted.filter((w) => hex.has(w.toUpperCase())) };
  }, colours);
}

/** The chart's own table: row heading → cells. */
function tableRows(figure: Locator) {
  return figure.locator('details table tbody tr').evaluateAll((rows) =>
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
  expect(opened.requests.filter((url) => url.endsWith(`/_astro/${chartChunk}`)), 'chart chunk fetched before scrolling').toEqual([]);
  expect(await figure.locator('canvas').count()).toBe(0);
  const placeholder = figure.locator('.chart-placeholder');
  expect(await placeholder.textContent()).toMatch(/of 22 interviewees/);

  const boxBefore = await figure.locator('.chart-box').boundingBox();
  const shifts = await watchLayoutShifts(page);
  await figure.locator('.chart-box').scrollIntoViewIfNeeded();
  await expect.poll(() => figure.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
  const canvas = figure.locator('canvas');
  await expect.poll(async () => (await canvasPixels(canvas, [])).painted).toBeGreaterThan(1000);

  expect(opened.requests.filter((url) => url.endsWith(`/_astro/${chartChunk}`))).toHaveLength(1);
  expect((await figure.locator('.chart-box').boundingBox())?.height, 'the reserved box keeps its height').toBe(boxBefore?.height);
  expect(await shifts(), 'layout shift while drawing').toBe(0);
  expect(await canvas.getAttribute('role')).toBe('img');
  expect(await canvas.getAttribute('aria-label')).toBe(await figure.getAttribute('data-chart').then((json) => (JSON.parse(json!) as { alt: string }).alt));
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  return { opened, figure, canvas };
}

it('finds the built chart chunk and loader', () => {
  expect(chartChunk).toBeDefined();
  expect(loader).toBeDefined();
});

describe('a driver page', () => {
  // Ethnic identity: numbers for three groups, blank (not reported) for two.
  const driver = 'ethnic-identity';

  it('draws its chart when scrolled to, bars in the groups’ colours, the table equal to Table 5', async () => {
    const { opened, figure, canvas } = await scrollToChart(`/drivers/${driver}/`);
    try {
      const expected = GROUPS.map((g) => [groupName(g), cellText(finding(g, driver).tables['table5'] ?? null)]);
      expect(await tableRows(figure)).toEqual(expected);
      expect(expected.some(([, text]) => text === 'not reported')).toBe(true);
      const reported = GROUPS.filter((g) => typeof finding(g, driver).tables['table5'] === 'number' && finding(g, driver).tables['table5'] !== 0);
      const { present } = await canvasPixels(canvas, GROUPS.map((g) => GROUP_COLOURS[g]));
      expect(present.toSorted()).toEqual(reported.map((g) => GROUP_COLOURS[g]).toSorted());
    } finally {
      await opened.close();
    }
  });

  it('re-draws in the dark theme', async () => {
    const { opened, canvas } = await scrollToChart(`/drivers/${driver}/`);
    try {
      const light = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
      await opened.page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
      const darkCanvas = opened.page.locator('figure[data-chart] canvas').first();
      await expect.poll(() => darkCanvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(light);
      expect((await canvasPixels(darkCanvas, [GROUP_COLOURS['afghan-taliban']])).present).toEqual([GROUP_COLOURS['afghan-taliban']]);
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
        return [[name, cellText(is.tables['table8'] ?? null), cellText(shia.tables['table8'] ?? null)]];
      });
      const rows = await tableRows(figure);
      expect(rows.toSorted()).toEqual(expected.toSorted());
      expect(rows.flat()).toContain('"-"');
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
      await expect.poll(() => figure.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
      const box = await figure.locator('canvas').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('pages without charts and with a chart on the first screen', () => {
  it('a text page fetches no chart code, even when scrolled to the end', async () => {
    const opened = await openPage(context, `${server.origin}/chapters/introduction/`);
    try {
      await opened.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      await opened.page.waitForLoadState('networkidle');
      expect(opened.requests.filter(isChartCode)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('/data/ draws Table 9 on its first screen without scrolling', async () => {
    const opened = await openPage(context, `${server.origin}/data/`);
    try {
      const figure = opened.page.locator('figure[data-chart]').first();
      expect(await figure.evaluate((f) => f.getBoundingClientRect().top < innerHeight)).toBe(true);
      await expect.poll(() => figure.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
      expect(await opened.page.evaluate(() => scrollY)).toBe(0);
      const rows = await tableRows(figure);
      expect(rows).toHaveLength(11);
      for (const [name, ...cells] of rows) {
        const d = driverIds().find((id) => driverName(id) === name)!;
        expect(cells).toEqual(GROUPS.map((g) => cellText(finding(g, d).tables['table9'] ?? null)));
      }
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
