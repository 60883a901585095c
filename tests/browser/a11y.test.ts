/**
 * axe-core on every page in the sitemap, in Chromium, served with the
 * production headers (public/_headers): zero violations of WCAG 2.x A/AA or
 * axe's best practices, Starlight's own header, sidebar and search included.
 *
 * Each page is checked in both of Starlight's colour themes: every rule in
 * the light theme, then the rules that depend on colour (contrast of text and
 * of links in text) in the dark theme. One page of each kind is also checked
 * at phone width, where the layout differs (menu button, tables that scroll).
 *
 * axe needs about a second per page on a two-core machine, so the pages are
 * audited in beforeAll by two tabs working through the list
 * (tests/support/tabs.ts), and each page then gets its own test that reports
 * what was found on it.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AXE_OPTIONS, describeViolations, runAxe } from '../support/axe.ts';
import { distDir, sitemapPaths } from '../support/dist.ts';
import { inTabs } from '../support/tabs.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

const paths = sitemapPaths();

/** Rules whose outcome depends on the colour theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The first page of each kind (first URL segment), for the phone-width pass. */
const phoneSample = [...new Map(paths.map((path) => [path.split('/')[1] ?? '', path])).values()];

const TABS = 2;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;
const found = new Map<string, string[]>();

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  // What Starlight's theme picker does: the attribute its CSS keys on.
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset['theme'] = value;
  }, theme);
}

async function audit(page: Page, key: string, url: string, phone: boolean): Promise<void> {
  try {
    await page.setViewportSize(phone ? PHONE : DESKTOP);
    const response = await page.goto(url, { waitUntil: 'load' });
    const lines: string[] = response?.status() === 200 ? [] : [`HTTP status ${response?.status()}`];
    await setTheme(page, 'light');
    lines.push(...describeViolations((await runAxe(page)).violations).map((line) => `light theme: ${line}`));
    await setTheme(page, 'dark');
    const dark = await runAxe(page, { ...AXE_OPTIONS, runOnly: { type: 'rule', values: COLOUR_RULES } });
    lines.push(...describeViolations(dark.violations).map((line) => `dark theme: ${line}`));
    found.set(key, lines);
  } catch (error) {
    found.set(key, [`audit failed: ${String(error)}`]);
  }
}

beforeAll(async () => {
  ({ server, browser, context } = await openSession(distDir, { headersFile: join(distDir, '_headers') }));
  const jobs = [
    ...paths.map((path) => ({ key: path, path, phone: false })),
    ...phoneSample.map((path) => ({ key: `${path} at phone width`, path, phone: true })),
  ];
  await inTabs(context, jobs, TABS, (page, job) => audit(page, job.key, server.origin + job.path, job.phone));
}, 900_000);

afterAll(async () => {
  await closeSession({ server, browser, context });
});

test.for(paths)('%s has no accessibility violations', (path) => {
  expect(found.get(path)).toEqual([]);
});

test.for(phoneSample)('%s has no accessibility violations at phone width', (path) => {
  expect(found.get(`${path} at phone width`)).toEqual([]);
});

test('the checks include the rule a bare Starlight site fails', async () => {
  // The markup Starlight ships for its search button.
  const page = await context.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
      <button aria-label="Search"><span aria-hidden="true">Search</span><kbd><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>
      </main></body></html>`);
    const results = await runAxe(page);
    expect(results.violations.map((violation) => violation.id)).toContain('label-content-name-mismatch');
  } finally {
    await page.close();
  }
});
