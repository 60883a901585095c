/**
 * The evidence views in real Chromium: the matrix's table switch and column
 * sorting, by mouse and by keyboard; every table shown without JavaScript;
 * no page of the views wider than a 390 px phone; no axe violation in either
 * theme. Expected orders are computed from the YAML in content/, not read
 * from the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe.ts';
import { openPage, type OpenedPage } from '../support/browser.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

type Cell = number | '-' | null;
const yaml = <T>(path: string) => load(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
const DRIVERS = readdirSync(new URL('../../content/drivers/', import.meta.url))
  .map((f) => f.replace(/\.yaml$/, ''))
  .map((id) => ({ id, ...yaml<{ number: number; name: string }>(`drivers/${id}.yaml`) }))
  .sort((a, b) => a.number - b.number);
const table5 = (group: string, driver: string) => yaml<{ tables: { table5: Cell } }>(`findings/${group}/${driver}.yaml`).tables.table5;
const rank = (c: Cell) => (typeof c === 'number' ? c : -1);

const VIEWS = ['/evidence/', '/evidence/by-category/', '/compare/kashmiri-fighters-vs-is-fighters/', '/map/'];

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;
let opened!: OpenedPage;
let page!: Page;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
  opened = await openPage(context, `${server.origin}/evidence/`);
  page = opened.page;
});

afterAll(async () => {
  await opened?.close();
  await closeSession({ server, browser, context });
});

const visibleTables = () => page.locator('section.matrix-section:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['table']));
const table5Rows = () => page.locator('section[data-table="table-5"] tbody th[scope="row"]').allTextContents();
const sortButton = (name: string) => page.locator('section[data-table="table-5"] thead').getByRole('button', { name: `Sort by ${name}`, exact: true });
const driverButton = () => page.locator('section[data-table="table-5"] thead').getByRole('button', { name: 'Driver: the printed order', exact: true });
/** The columns whose heading shows a sort arrow, with the arrow. */
const arrows = () =>
  page.locator('section[data-table="table-5"] thead th').evaluateAll((ths) =>
    ths.flatMap((th) => {
      const button = th.querySelector('button');
      const arrow = button ? getComputedStyle(button, '::after').content : 'none';
      return arrow === 'none' || arrow === 'normal' ? [] : [[th.textContent?.trim(), arrow.replace(/["'\s]/g, '')]];
    }),
  );

describe('the matrix', () => {
  it('shows one table at a time once its script runs, Table 5 first', async () => {
    await expect.poll(() => page.locator('.table-switch').isVisible()).toBe(true);
    expect(await visibleTables()).toEqual(['table-5']);
    expect(await page.getByRole('button', { name: 'Table 5' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches tables by click and by keyboard, and shows them all', async () => {
    await page.getByRole('button', { name: 'Table 8' }).click();
    expect(await visibleTables()).toEqual(['table-8']);
    expect(await page.getByRole('button', { name: 'Table 8' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Table 5' }).getAttribute('aria-pressed')).toBe('false');
    // Keyboard: from "Table 8", Tab reaches "Table 9"; Space presses it.
    await page.getByRole('button', { name: 'Table 8' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Table 9');
    await page.keyboard.press('Space');
    expect(await visibleTables()).toEqual(['table-9']);
    await page.getByRole('button', { name: 'All' }).click();
    expect(await visibleTables()).toEqual(['table-5', 'table-6', 'table-7', 'table-8', 'table-9']);
    await page.getByRole('button', { name: 'Table 5' }).click();
    expect(await visibleTables()).toEqual(['table-5']);
  });

  it('marks no column as sorted on load: the rows are in Table 5’s printed order', async () => {
    expect(await table5Rows()).toEqual(DRIVERS.map((d) => d.name));
    expect(await page.locator('section[data-table="table-5"] thead th[aria-sort]').count()).toBe(0);
    expect(await arrows()).toEqual([]);
  });

  it('sorts rows by a group’s count, largest first then smallest first, ties in Table 5’s order, with an arrow and aria-sort on that column only; "Driver" restores the order and marks none', async () => {
    const expected = (group: string, sign: 1 | -1) =>
      [...DRIVERS].sort((a, b) => sign * (rank(table5(group, a.id)) - rank(table5(group, b.id))) || a.number - b.number).map((d) => d.name);
    const sorted = () =>
      page
        .locator('section[data-table="table-5"] thead th[aria-sort]')
        .evaluateAll((ths) => ths.map((th) => [th.textContent?.trim(), th.getAttribute('aria-sort')]));
    await sortButton('ISKP').click();
    expect(await table5Rows()).toEqual(expected('iskp', -1));
    expect(await sorted()).toEqual([['ISKP', 'descending']]);
    expect(await arrows()).toEqual([['ISKP', '▼']]);
    await sortButton('ISKP').click();
    expect(await table5Rows()).toEqual(expected('iskp', 1));
    expect(await arrows()).toEqual([['ISKP', '▲']]);
    // By keyboard: focus the button, Enter.
    await sortButton('Shia Fighters').focus();
    await page.keyboard.press('Enter');
    expect(await table5Rows()).toEqual(expected('shia-fighters', -1));
    expect(await sorted()).toEqual([['Shia Fighters', 'descending']]);
    await driverButton().click();
    expect(await table5Rows()).toEqual(DRIVERS.map((d) => d.name));
    expect(await sorted()).toEqual([]);
    expect(await arrows()).toEqual([]);
  });

  it('keeps each cell with its row when sorting: a cell still links to its own driver', async () => {
    await sortButton('Afghan Taliban').click();
    const pairs = await page
      .locator('section[data-table="table-5"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th a')?.getAttribute('href'),
          [...tr.querySelectorAll('td > a.count')].map((a) => a.getAttribute('href')?.split('#')[0]),
        ]),
      );
    for (const [rowHref, cellHrefs] of pairs as Array<[string, string[]]>) expect(new Set(cellHrefs)).toEqual(new Set([rowHref]));
    await driverButton().click();
  });

  it('shades the cells so that more reads stronger in both themes: in the dark theme the 0 cells are the darkest, not the brightest', async () => {
    const luminance = () =>
      page.locator('section[data-table="table-5"] td[class^="shade-"]').evaluateAll((tds) => {
        const lum = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return tds.map((td) => ({ value: Number((td as HTMLElement).dataset['value']), lum: lum(getComputedStyle(td).backgroundColor) }));
      });
    const zeroAndMost = async () => {
      const cells = await luminance();
      const most = Math.max(...cells.map((c) => c.value));
      return {
        zero: Math.max(...cells.filter((c) => c.value === 0).map((c) => c.lum)),
        most: Math.min(...cells.filter((c) => c.value === most).map((c) => c.lum)),
        zeroMin: Math.min(...cells.filter((c) => c.value === 0).map((c) => c.lum)),
        mostMax: Math.max(...cells.filter((c) => c.value === most).map((c) => c.lum)),
      };
    };
    try {
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
      const dark = await zeroAndMost();
      expect(dark.zero).toBeLessThan(dark.most);
      // Control: the light theme reads the other way (0 lightest, on a light page).
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
      const light = await zeroAndMost();
      expect(light.zeroMin).toBeGreaterThan(light.mostMax);
    } finally {
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
    }
  });

  it('a cell’s "note" link previews the note, not the driver', async () => {
    const marker = page.locator('section[data-table="table-5"] a.note-marker').first();
    const href = (await marker.getAttribute('href'))!;
    expect(href).toMatch(/^#note-/);
    const note = page.locator(`[id="${href.slice(1)}"]`);
    expect(await note.count()).toBe(1);
    const noteText = (await note.textContent())!.replace(/\s+/g, ' ').trim();
    // The note names the rule's finding; the driver's own page has the same note.
    const onDriverPage = (await note.locator('a').getAttribute('href'))!;
    expect(onDriverPage).toMatch(new RegExp(`^/drivers/[^/]+/${href}$`));
    const driver = onDriverPage.split('/')[2]!;
    await marker.hover();
    const card = page.locator('.preview-card');
    await expect.poll(() => card.textContent().then((t) => t?.replace(/\s+/g, ' ') ?? '')).toContain(noteText.slice(0, 60));
    const description = yaml<{ description: string }>(`drivers/${driver}.yaml`).description;
    expect((await card.textContent()) ?? '').not.toContain(description.slice(0, 60));
    await page.mouse.move(0, 0);
  });

  it('opens on the table a link names (/evidence/#table-7)', async () => {
    const linked = await openPage(context, `${server.origin}/evidence/#table-7`);
    try {
      await expect
        .poll(() => linked.page.locator('section.matrix-section:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['table'])))
        .toEqual(['table-7']);
    } finally {
      await linked.close();
    }
  });

  it('shows every table, and no dead buttons, without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(`${server.origin}/evidence/`);
      expect(await p.locator('section.matrix-section:visible').count()).toBe(5);
      expect(await p.locator('.table-switch').isVisible()).toBe(false);
      expect(await p.locator('table.matrix button').count()).toBe(0);
      expect(await p.locator('section[data-table="table-5"] tbody th[scope="row"]').allTextContents()).toEqual(DRIVERS.map((d) => d.name));
    } finally {
      await noJs.close();
    }
  });
});

describe('the views at phone width and in both themes', () => {
  it.each(VIEWS)('%s is no wider than the screen, 390 px included, and has no axe violation, light or dark, and no console error', async (path) => {
    const p = await openPage(context, `${server.origin}${path}`);
    try {
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await p.page.setViewportSize(viewport);
        await expect.poll(() => p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        for (const theme of ['light', 'dark'] as const) {
          await p.page.emulateMedia({ colorScheme: theme });
          await p.page.evaluate((value) => {
            document.documentElement.dataset['theme'] = value;
          }, theme);
          const results = await runAxe(p.page);
          expect(describeViolations(results.violations), `${path} ${theme} ${viewport.width}px`).toEqual([]);
        }
      }
      expect(p.consoleErrors).toEqual([]);
      expect(p.pageErrors).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
