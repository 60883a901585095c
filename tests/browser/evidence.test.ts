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

  it('sorts rows by a group’s count, largest first then smallest first, ties in Table 5’s order; "Driver" restores the order', async () => {
    const expected = (group: string, sign: 1 | -1) =>
      [...DRIVERS].sort((a, b) => sign * (rank(table5(group, a.id)) - rank(table5(group, b.id))) || a.number - b.number).map((d) => d.name);
    await sortButton('ISKP').click();
    expect(await table5Rows()).toEqual(expected('iskp', -1));
    expect(
      await page
        .locator('section[data-table="table-5"] thead th[aria-sort]')
        .evaluateAll((ths) => ths.map((th) => [th.textContent?.trim(), th.getAttribute('aria-sort')])),
    ).toEqual([['ISKP', 'descending']]);
    await sortButton('ISKP').click();
    expect(await table5Rows()).toEqual(expected('iskp', 1));
    // By keyboard: focus the button, Enter.
    await sortButton('Shia Fighters').focus();
    await page.keyboard.press('Enter');
    expect(await table5Rows()).toEqual(expected('shia-fighters', -1));
    await sortButton('Driver').click();
    expect(await table5Rows()).toEqual(DRIVERS.map((d) => d.name));
  });

  it('keeps each cell with its row when sorting: a cell still links to its own driver', async () => {
    await sortButton('Afghan Taliban').click();
    const pairs = await page
      .locator('section[data-table="table-5"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th a')?.getAttribute('href'), [...tr.querySelectorAll('td > a')].map((a) => a.getAttribute('href')?.split('#')[0])]),
      );
    for (const [rowHref, cellHrefs] of pairs as Array<[string, string[]]>) expect(new Set(cellHrefs)).toEqual(new Set([rowHref]));
    await sortButton('Driver').click();
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
