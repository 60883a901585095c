/**
 * Every page in the sitemap, loaded in real Chromium from a loopback server:
 * nothing may be fetched from another origin (no CDNs, web fonts, analytics
 * — readers of a thesis on militancy should not be tracked), and pages must
 * run without console errors or uncaught exceptions.
 *
 * One browser and one context are shared by all pages to keep ~100 pages
 * well under two minutes; each page gets its own tab so its recordings are
 * its own.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { foreignRequests, openPage } from '../support/browser.ts';
import { sitemapPaths } from '../support/dist.ts';
import type { StaticServer } from '../support/serve.ts';
import { closeSession, openSession } from '../support/session.ts';

// Read at collection time so each page is its own test in the report.
const paths = sitemapPaths();

let server!: StaticServer;
let browser!: Browser;
let context!: BrowserContext;

beforeAll(async () => {
  ({ server, browser, context } = await openSession());
});

afterAll(async () => {
  // Guarded: if beforeAll failed part-way, some of these were never set.
  await closeSession({ server, browser, context });
});

test('the sitemap lists the home page', () => {
  expect(paths).toContain('/');
});

test.for(paths)('%s loads from the local origin only, without errors', async (path) => {
  const opened = await openPage(context, server.origin + path);
  try {
    // Soft, so one run reports every kind of problem a page has.
    expect.soft(opened.response?.status(), 'HTTP status').toBe(200);
    expect.soft(foreignRequests(opened.requests, server.origin), 'requests to other origins').toEqual([]);
    expect.soft(opened.consoleErrors, 'console errors').toEqual([]);
    expect.soft(opened.pageErrors, 'uncaught page errors').toEqual([]);
  } finally {
    await opened.close();
  }
});
